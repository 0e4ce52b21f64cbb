import { Client } from 'pg';

/**
 * The two database roles of DESIGN.md §6. The owner role owns every table and runs the migrations;
 * the application role is what the API serves requests as: it owns nothing, is neither superuser
 * nor BYPASSRLS, so PostgreSQL's row-level security applies to every statement it sends.
 */
/** pg-boss keeps its tables in this schema, owned by the owner role like ours. */
export const JOB_SCHEMA = 'pgboss';

export const OWNER_ROLE = 'opencx_owner';
export const APP_ROLE = 'opencx_app';

export interface DatabaseRoleUrls {
  /** Migrations (owns the tables). */
  ownerUrl: string;
  /** Serving requests (subject to row-level security). */
  appUrl: string;
}

export interface RoleSetup {
  owner?: string;
  app?: string;
  ownerPassword: string;
  appPassword: string;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * What a superuser runs once per database to create both roles (idempotent). The README's
 * "External PostgreSQL" section prints the same statements for an operator.
 */
export function roleSetupStatements(setup: RoleSetup): string[] {
  const owner = setup.owner ?? OWNER_ROLE;
  const app = setup.app ?? APP_ROLE;
  const create = (role: string, password: string) => `
    DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal(role)}) THEN
        CREATE ROLE ${ident(role)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${literal(password)};
      END IF;
    END $$`;
  return [
    create(owner, setup.ownerPassword),
    create(app, setup.appPassword),
    // Repairs a role created earlier by hand with too much power.
    `ALTER ROLE ${ident(app)} NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`,
    `GRANT USAGE, CREATE ON SCHEMA public TO ${ident(owner)}`,
    `GRANT USAGE ON SCHEMA public TO ${ident(app)}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${ident(app)}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${ident(app)}`,
  ];
}

/**
 * Objects in `public` that the connecting superuser owns move to the owner role. Databases
 * created before the two roles existed (an embedded `.data/pg` from an earlier version) were
 * migrated as the superuser; afterwards the owner role must be able to alter its tables.
 */
const ADOPT_SUPERUSER_OBJECTS = (owner: string) => `
  DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT c.oid::regclass AS name, CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                AND c.relkind IN ('r', 'p', 'v', 'm')
    LOOP EXECUTE format('ALTER %s %s OWNER TO ${ident(owner)}', r.kind, r.name); END LOOP;
    FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) AND c.relkind = 'S'
    LOOP EXECUTE format('ALTER SEQUENCE %s OWNER TO ${ident(owner)}', r.name); END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'public' AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
    LOOP EXECUTE format('ALTER ROUTINE %s OWNER TO ${ident(owner)}', r.name); END LOOP;
  END $$`;

function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** The role a connection URL logs in as. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Run as a superuser (the embedded database's, or Jest's test server): creates both roles
 * (idempotent), lets the owner create in `public`, hands over objects the superuser owns, and
 * returns URLs for both roles on the same server and database.
 */
export async function ensureDatabaseRoles(superuserUrl: string, setup: RoleSetup): Promise<DatabaseRoleUrls> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    for (const sql of roleSetupStatements(setup)) await client.query(sql);
    await client.query(ADOPT_SUPERUSER_OBJECTS(setup.owner ?? OWNER_ROLE));
    // pg-boss installs its schema (JOB_SCHEMA) as the owner, which needs CREATE on a database it does not own (the embedded `postgres`).
    await client.query(`DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO ${ident(setup.owner ?? OWNER_ROLE)}', current_database()); END $$`);
  } finally {
    await client.end();
  }
  return {
    ownerUrl: withCredentials(superuserUrl, setup.owner ?? OWNER_ROLE, setup.ownerPassword),
    appUrl: withCredentials(superuserUrl, setup.app ?? APP_ROLE, setup.appPassword),
  };
}

type Query = (sql: string) => Promise<unknown>;

/**
 * Run as the owner after migrating: grants the application role what it needs on every table
 * that exists now (default privileges cover tables created later). The migration history is
 * read-only to it.
 */
export async function grantApplicationRole(query: Query, appRole: string): Promise<void> {
  const app = ident(appRole);
  await query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
  await query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
  await query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`);
  await query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`);
  await query(`REVOKE INSERT, UPDATE, DELETE ON TABLE migrations FROM ${app}`);
}

export interface ServingRole {
  role: string;
  superuser: boolean;
  bypassRls: boolean;
  /** Tables in `public` the role owns or could act as owner of (membership in the owning role). */
  ownedTables: string[];
}

/** What the serving connection could do beyond row-level security. */
export async function inspectServingRole(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<ServingRole> {
  const [row] = await query(`
    SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypass_rls,
           array(SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND pg_has_role(current_user, c.relowner, 'MEMBER')
                  ORDER BY c.relname) AS owned
      FROM pg_roles r WHERE r.rolname = current_user`);
  return { role: String(row.role), superuser: row.superuser === true, bypassRls: row.bypass_rls === true, ownedTables: row.owned as string[] };
}

/** Why row-level security would not hold for this role, in one line; null when it holds. */
export function rowLevelSecurityGap(serving: ServingRole): string | null {
  if (serving.superuser) return `the database role "${serving.role}" is a superuser`;
  if (serving.bypassRls) return `the database role "${serving.role}" has BYPASSRLS`;
  if (serving.ownedTables.length > 0) {
    const shown = serving.ownedTables.slice(0, 3).join(', ');
    return `the database role "${serving.role}" owns ${serving.ownedTables.length} tables (${shown}${serving.ownedTables.length > 3 ? ', …' : ''})`;
  }
  return null;
}

/**
 * Statements that do not read or write data: transaction control and the per-transaction tenant
 * setting. Statement counts (N+1 checks, `x-sql-statements`) report data statements; these are a
 * fixed cost per unit of work, counted separately.
 */
export function isControlStatement(sql: string): boolean {
  // A message of several statements (one round trip, e.g. TenantDb.readRows) is control only when
  // every statement in it is: one carrying a SELECT counts as a data statement. A semicolon inside
  // a data statement's literal can only split it into parts that are not control either.
  return sql.split(';').every((part) => !part.trim() || /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET TRANSACTION|SELECT set_config\('app\.)/i.test(part));
}

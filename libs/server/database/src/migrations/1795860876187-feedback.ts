import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_POLICY = `
  USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
  WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)`;

/** First and last month with a pre-created partition; anything outside lands in the DEFAULT partition. */
const FIRST_YEAR = 2015;
const LAST_YEAR = 2040;

/**
 * The feedback context: sites, feedback responses (partitioned by month of `occurred_at`), their
 * exactly-once keys, operational observations, the per-workspace salt for customer references and
 * stored idempotent results of REST batches. Every table is born under row-level security.
 *
 * The application role owns no table and cannot run DDL, so the monthly partitions are all created
 * here, 2015-01 … 2040-12, plus a DEFAULT partition; each partition gets the same forced RLS and
 * policy as its parent (a query that names a partition directly is filtered too).
 */
export class Feedback1795860876187 implements MigrationInterface {
  name = 'Feedback1795860876187';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE site (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        code text NOT NULL CHECK (code <> '' AND length(code) <= 80),
        name text NOT NULL CHECK (length(name) <= 200),
        region text CHECK (length(region) <= 120),
        parent_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, code),
        FOREIGN KEY (workspace_id, parent_id) REFERENCES site (workspace_id, id) ON DELETE RESTRICT
      )`);

    // No foreign keys from the fact tables: touchpoints, sites and metrics are checked once per batch at
    // ingestion (the database would otherwise check every row), and facts stay history even if a
    // touchpoint is later deleted from the map.
    await q.query(`
      CREATE TABLE feedback_response (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        touchpoint_id uuid NOT NULL,
        journey_id uuid NOT NULL,
        site_id uuid,
        channel text,
        segment text NOT NULL DEFAULT '',
        customer_hash text,
        nps smallint CHECK (nps BETWEEN 0 AND 10),
        csat smallint CHECK (csat BETWEEN 1 AND 5),
        ces smallint CHECK (ces BETWEEN 1 AND 7),
        custom_scores jsonb NOT NULL DEFAULT '{}',
        comment text,
        language text,
        sentiment real CHECK (sentiment BETWEEN -1 AND 1),
        tags text[] NOT NULL DEFAULT '{}',
        source text NOT NULL,
        external_id text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id, occurred_at)
      ) PARTITION BY RANGE (occurred_at)`);
    await q.query(`CREATE INDEX feedback_response_touchpoint_idx ON feedback_response (workspace_id, touchpoint_id, occurred_at)`);
    await q.query(`CREATE INDEX feedback_response_customer_idx ON feedback_response (workspace_id, customer_hash) WHERE customer_hash IS NOT NULL`);

    // One statement creates the partitions and their policies (hundreds of DDL round trips otherwise).
    await q.query(`
      DO $$
      DECLARE
        m date := make_date(${FIRST_YEAR}, 1, 1);
        part text;
      BEGIN
        WHILE m < make_date(${LAST_YEAR + 1}, 1, 1) LOOP
          part := format('feedback_response_%s', to_char(m, 'YYYY_MM'));
          EXECUTE format('CREATE TABLE %I PARTITION OF feedback_response FOR VALUES FROM (%L) TO (%L)', part, m::timestamp AT TIME ZONE 'UTC', (m + interval '1 month')::timestamp AT TIME ZONE 'UTC');
          EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', part);
          EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', part);
          EXECUTE format('CREATE POLICY tenant_isolation ON %I ${TENANT_POLICY.replace(/'/g, "''")}', part);
          m := m + interval '1 month';
        END LOOP;
      END $$`);
    await q.query(`CREATE TABLE feedback_response_default PARTITION OF feedback_response DEFAULT`);

    // A unique index on a partitioned table must include the partition key, so exactly-once per
    // (workspace, source, external id) lives in this unpartitioned key table. External ids match
    // byte for byte (COLLATE "C"), which is also the cheapest comparison for the key's index.
    await q.query(`
      CREATE TABLE feedback_key (
        workspace_id uuid NOT NULL,
        source text COLLATE "C" NOT NULL,
        external_id text COLLATE "C" NOT NULL,
        response_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        PRIMARY KEY (workspace_id, source, external_id)
      )`);

    await q.query(`
      CREATE TABLE metric_observation (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        touchpoint_id uuid NOT NULL,
        journey_id uuid NOT NULL,
        metric_definition_id uuid NOT NULL,
        site_id uuid,
        segment text NOT NULL DEFAULT '',
        value numeric NOT NULL,
        source text COLLATE "C" NOT NULL,
        external_id text COLLATE "C" NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, id),
        UNIQUE (workspace_id, source, external_id)
      )`);
    await q.query(`CREATE INDEX metric_observation_touchpoint_idx ON metric_observation (workspace_id, touchpoint_id, occurred_at)`);

    await q.query(`
      CREATE TABLE feedback_salt (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        salt bytea NOT NULL,
        PRIMARY KEY (workspace_id)
      )`);

    // Stripe-style idempotency: the first result (status and body) of a key is kept and replayed.
    await q.query(`
      CREATE TABLE feedback_idempotency (
        workspace_id uuid NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
        key text NOT NULL,
        request_hash text NOT NULL,
        status smallint NOT NULL,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, key)
      )`);

    for (const table of ['site', 'feedback_response', 'feedback_response_default', 'feedback_key', 'metric_observation', 'feedback_salt', 'feedback_idempotency']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON ${table} ${TENANT_POLICY}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['feedback_idempotency', 'feedback_salt', 'metric_observation', 'feedback_key', 'feedback_response', 'site']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

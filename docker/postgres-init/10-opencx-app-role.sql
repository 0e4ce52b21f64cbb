-- The application role the API serves as (README "External PostgreSQL"): owns nothing, neither
-- superuser nor BYPASSRLS, so row-level security applies. The image's POSTGRES_USER (opencx) owns
-- the tables and runs the migrations (DATABASE_OWNER_URL). Runs on a fresh volume only; for an
-- existing one, run this statement once with psql.
CREATE ROLE opencx_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD 'opencx-app';

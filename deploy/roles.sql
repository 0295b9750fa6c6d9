-- Least-privilege roles for a Newsdesk database. Run once as a superuser after
-- `newsdesk migrate`, run as a role that may create the newsdesk schema.
--   psql -v ON_ERROR_STOP=1 -f deploy/roles.sql
-- Set passwords afterwards with \password, or use certificate/peer authentication.

CREATE ROLE newsdesk_worker LOGIN;        -- the daemon
CREATE ROLE newsdesk_producer LOGIN;      -- crawlers and editors: enqueue only
CREATE ROLE newsdesk_reader LOGIN;        -- consumers of articles and dashboards

GRANT USAGE ON SCHEMA newsdesk TO newsdesk_worker, newsdesk_producer, newsdesk_reader;

-- Workers claim, complete and fail jobs and write articles.
GRANT SELECT, UPDATE ON newsdesk.jobs TO newsdesk_worker;
GRANT SELECT, INSERT ON newsdesk.articles TO newsdesk_worker;
GRANT SELECT ON newsdesk.queue_status, newsdesk.schema_migrations TO newsdesk_worker;

-- Producers insert jobs (directly or through newsdesk.enqueue) and see their state.
GRANT INSERT, SELECT ON newsdesk.jobs TO newsdesk_producer;
GRANT EXECUTE ON FUNCTION newsdesk.enqueue(text, text, text, smallint, timestamptz, smallint, text, bytea) TO newsdesk_producer;

-- Readers see results and queue health, never payloads they do not need to change.
GRANT SELECT ON newsdesk.articles, newsdesk.queue_status TO newsdesk_reader;

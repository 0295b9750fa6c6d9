-- Least-privilege roles for a Newsdesk database. Run as a superuser (or a role with CREATEROLE
-- that owns the newsdesk schema) in the Newsdesk database, after `newsdesk migrate`, and again
-- after every upgrade: it is idempotent, and each run sets every role's privileges afresh.
--   psql -v ON_ERROR_STOP=1 -d DBNAME -f deploy/roles.sql
-- The roles can log in but have no password: set one with \password ROLE, or use certificate
-- or peer authentication. Give them to people and programs with GRANT newsdesk_operator TO alice.
--
--   newsdesk_producer  crawlers, editors: enqueue, and see the state of their own jobs
--   newsdesk_worker    the daemon (`newsdesk run`): claim, complete and fail jobs, write articles
--   newsdesk_operator  people: retry, cancel, reprocess, prune (`newsdesk retry|cancel|reprocess|prune`), status
--   newsdesk_monitor   dashboards, alerting: `newsdesk status` and the status views, no payloads
--   newsdesk_reader    consumers of the results: articles, the feed (`newsdesk follow`), queue health

\set ON_ERROR_STOP on
BEGIN;

DO $$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['newsdesk_producer', 'newsdesk_worker', 'newsdesk_operator',
                                     'newsdesk_monitor', 'newsdesk_reader'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I LOGIN', role_name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;  -- created meanwhile by a concurrent run
            END;
        END IF;
    END LOOP;
END $$;

-- Start from nothing, so a re-run also takes back what an older version of this file granted.
REVOKE ALL ON ALL TABLES IN SCHEMA newsdesk
    FROM newsdesk_producer, newsdesk_worker, newsdesk_operator, newsdesk_monitor, newsdesk_reader;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA newsdesk
    FROM newsdesk_producer, newsdesk_worker, newsdesk_operator, newsdesk_monitor, newsdesk_reader;
GRANT USAGE ON SCHEMA newsdesk
    TO newsdesk_producer, newsdesk_worker, newsdesk_operator, newsdesk_monitor, newsdesk_reader;

-- Producers enqueue through newsdesk.enqueue(), which runs as its owner and sets nothing but the
-- job's payload and scheduling; or with a plain INSERT naming only those columns, everything else
-- (state, attempts, leases, timestamps, who queued it) taking its default. They read the state of
-- their own jobs in newsdesk.my_jobs; never a payload, and never anyone else's job.
GRANT EXECUTE ON FUNCTION newsdesk.enqueue(text, text, text, integer, timestamptz, integer, text, bytea)
    TO newsdesk_producer, newsdesk_operator;
GRANT INSERT (raw, raw_bytes, source_url, idempotency_key, priority, run_at, content_type)
    ON newsdesk.jobs TO newsdesk_producer;
GRANT SELECT ON newsdesk.my_jobs TO newsdesk_producer;

-- Workers read and update jobs (claim, complete, fail, renew leases, hand back, rescue) and write
-- articles; they insert no job and delete nothing. A job that has finished (done, failed, dead,
-- cancelled) or is being cancelled only an operator may change: see newsdesk.guard_operator_changes.
GRANT SELECT, UPDATE ON newsdesk.jobs TO newsdesk_worker;
-- A reprocessed job's new article replaces its row; the old row moves to article_history.
GRANT SELECT, INSERT, UPDATE ON newsdesk.articles TO newsdesk_worker;
GRANT SELECT, INSERT ON newsdesk.article_history TO newsdesk_worker;
GRANT SELECT ON newsdesk.schema_migrations, newsdesk.queue_status, newsdesk.workers TO newsdesk_worker;

-- Retention (a worker's cleaner, `newsdesk run --retain-...`; an operator's `newsdesk prune`):
-- old finished jobs are deleted only through this function, which runs as the schema owner and
-- can reach nothing but finished jobs older than the age it is given; neither role may DELETE.
-- Dropping old payloads is an UPDATE of raw and raw_bytes, which both roles already have.
GRANT EXECUTE ON FUNCTION newsdesk.delete_finished_jobs(newsdesk.job_state[], float8, integer)
    TO newsdesk_worker, newsdesk_operator;

-- Operators requeue finished jobs and cancel queued ones, and see everything to decide which.
GRANT SELECT, UPDATE ON newsdesk.jobs TO newsdesk_operator;
GRANT SELECT ON newsdesk.articles, newsdesk.article_history, newsdesk.schema_migrations, newsdesk.queue_status,
    newsdesk.workers TO newsdesk_operator;

-- Monitors see counts, throughput, latency and which workers hold jobs (`newsdesk status`).
GRANT SELECT ON newsdesk.queue_status, newsdesk.workers TO newsdesk_monitor;

-- Readers see results and queue health, and follow new articles through the gap-free feed
-- (`newsdesk follow`; the function reads with the caller's own privileges).
GRANT SELECT ON newsdesk.articles, newsdesk.article_history, newsdesk.queue_status TO newsdesk_reader;
GRANT EXECUTE ON FUNCTION newsdesk.articles_since(text, integer) TO newsdesk_reader, newsdesk_operator;

-- Retry, cancel and reprocess are plain UPDATEs of the columns a worker's own statements update,
-- so column privileges cannot tell them apart; the state change can. A worker moves jobs from
-- queued to running and from running onward; reopening a finished job or cancelling one is an
-- operator's decision. The trigger's WHEN clause skips every update a worker makes, so the
-- function runs only for operator-style changes. Superusers and the schema owner count as
-- operators (they are members of every role, or hold none of these).
CREATE OR REPLACE FUNCTION newsdesk.guard_operator_changes() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF pg_has_role(current_user, 'newsdesk_worker', 'MEMBER')
       AND NOT pg_has_role(current_user, 'newsdesk_operator', 'MEMBER') THEN
        RAISE EXCEPTION 'only newsdesk_operator may change job % from % to %', OLD.id, OLD.state, NEW.state
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION newsdesk.guard_operator_changes() FROM PUBLIC;

DROP TRIGGER IF EXISTS jobs_guard_operator_changes ON newsdesk.jobs;
CREATE TRIGGER jobs_guard_operator_changes
    BEFORE UPDATE OF state ON newsdesk.jobs
    FOR EACH ROW
    WHEN (OLD.state IN ('done', 'failed', 'dead', 'cancelled') OR NEW.state = 'cancelled')
    EXECUTE FUNCTION newsdesk.guard_operator_changes();

COMMIT;

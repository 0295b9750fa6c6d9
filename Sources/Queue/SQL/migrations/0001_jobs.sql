-- The job table is the queue. Producers INSERT (or call newsdesk.enqueue); workers claim
-- with FOR UPDATE SKIP LOCKED, hold a lease they renew, and finish with a fenced update.

CREATE TYPE newsdesk.job_state AS ENUM ('queued', 'running', 'done', 'failed', 'dead', 'cancelled');

CREATE TABLE newsdesk.jobs (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state            newsdesk.job_state NOT NULL DEFAULT 'queued',
    priority         smallint NOT NULL DEFAULT 0,
    run_at           timestamptz NOT NULL DEFAULT now(),
    attempts         smallint NOT NULL DEFAULT 0,
    max_attempts     smallint NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
    lease_owner      text,
    lease_expires_at timestamptz,
    enqueued_at      timestamptz NOT NULL DEFAULT now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    last_error       text,
    idempotency_key  text,
    source_url       text,
    content_type     text,
    -- The payload: text, or bytes for pages in a legacy charset. Exactly one is set.
    raw              text,
    raw_bytes        bytea,
    CONSTRAINT jobs_one_payload CHECK (num_nonnulls(raw, raw_bytes) = 1)
)
-- Claims, heartbeats and completions rewrite the row many times. Moving any payload over
-- 128 bytes out of line keeps the heap tuple small, so those rewrites never copy the
-- payload; spare room in each page lets them be HOT updates.
WITH (toast_tuple_target = 128, fillfactor = 80);

-- Only claimable rows are indexed, in claim order: the index stays as small as the backlog.
CREATE INDEX jobs_claimable ON newsdesk.jobs (priority DESC, run_at, id) WHERE state = 'queued';
-- Running jobs by lease expiry, for the lease rescuer.
CREATE INDEX jobs_leases ON newsdesk.jobs (lease_expires_at) WHERE state = 'running';
-- Recent completions, for the status view.
CREATE INDEX jobs_finished ON newsdesk.jobs (finished_at) WHERE finished_at IS NOT NULL;
CREATE UNIQUE INDEX jobs_idempotency_key ON newsdesk.jobs (idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Wake idle workers whenever a job becomes claimable. Identical notifications in one
-- transaction are folded into one, so a bulk insert sends a single wake-up.
CREATE FUNCTION newsdesk.notify_job_queued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newsdesk_jobs', '');
    RETURN NULL;
END $$;

CREATE TRIGGER jobs_notify AFTER INSERT OR UPDATE OF state ON newsdesk.jobs
    FOR EACH ROW WHEN (NEW.state = 'queued') EXECUTE FUNCTION newsdesk.notify_job_queued();

-- Enqueue from SQL: SELECT newsdesk.enqueue(raw => '...', source_url => 'https://...').
-- With an idempotency key already present, returns the existing job instead of a duplicate.
CREATE FUNCTION newsdesk.enqueue(
    raw text,
    source_url text DEFAULT NULL,
    idempotency_key text DEFAULT NULL,
    priority smallint DEFAULT 0,
    run_at timestamptz DEFAULT now(),
    max_attempts smallint DEFAULT 5,
    content_type text DEFAULT NULL,
    raw_bytes bytea DEFAULT NULL
) RETURNS bigint LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    job_id bigint;
BEGIN
    INSERT INTO newsdesk.jobs (raw, raw_bytes, source_url, idempotency_key, priority, run_at, max_attempts, content_type)
    VALUES (enqueue.raw, enqueue.raw_bytes, enqueue.source_url, enqueue.idempotency_key,
            enqueue.priority, enqueue.run_at, enqueue.max_attempts, enqueue.content_type)
    ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
    RETURNING id INTO job_id;
    IF job_id IS NULL THEN
        SELECT j.id INTO job_id FROM newsdesk.jobs j WHERE j.idempotency_key = enqueue.idempotency_key;
    END IF;
    RETURN job_id;
END $$;

-- Delay before retry number `attempts`: exponential from 1 s, capped at 1 h, with +-25% jitter
-- so jobs that failed together do not come back together.
CREATE FUNCTION newsdesk.retry_delay(attempts integer) RETURNS interval LANGUAGE sql VOLATILE AS $$
    SELECT make_interval(secs => least(3600, power(2, greatest(attempts - 1, 0))) * (0.75 + random() * 0.5))
$$;

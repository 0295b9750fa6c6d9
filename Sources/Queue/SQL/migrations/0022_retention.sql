-- Retention (the workers' Cleaner service and `newsdesk prune`): a finished job can lose its
-- payload after one age and be deleted after another, in small batches that skip locked rows.
-- Deleting a job deletes its article and the article's history with it (their foreign keys
-- cascade), so "exactly one article per done job" holds for as long as the job exists.
-- Numbered 0022 (not 0008, where it was begun) so that it sorts after 0020/0021, which
-- databases have already applied: the migrator applies files in numeric order.

-- When retention dropped this job's payload (raw, raw_bytes); NULL while it is kept. A pruned
-- job keeps its row, its state and its article: only the page it came from is gone, so it can
-- be neither reprocessed nor retried (reprocess.sql skips it and says why).
ALTER TABLE newsdesk.jobs ADD COLUMN payload_pruned_at timestamptz;

-- Every job carries exactly one payload until retention drops it, then none.
ALTER TABLE newsdesk.jobs DROP CONSTRAINT jobs_one_payload;
ALTER TABLE newsdesk.jobs ADD CONSTRAINT jobs_one_payload
    CHECK (num_nonnulls(raw, raw_bytes) = CASE WHEN payload_pruned_at IS NULL THEN 1 ELSE 0 END);

-- With no payload there is nothing to process: a pruned job can never be queued again, not
-- even by a hand-written UPDATE (a worker claiming it would have nothing to send its processor).
ALTER TABLE newsdesk.jobs ADD CONSTRAINT jobs_pruned_stay_finished
    CHECK (payload_pruned_at IS NULL OR state IN ('done', 'failed', 'dead', 'cancelled'));

-- Finished jobs by state and age, for deletion: each state's range is walked from its oldest,
-- so deleting old failures never steps over the (many more) done jobs that are kept, and the
-- other way round. (jobs_finished, by age alone, serves the status view's last hour.)
CREATE INDEX jobs_finished_by_state ON newsdesk.jobs (state, finished_at) WHERE finished_at IS NOT NULL;

-- Done jobs that still have their payload, by age: what payload pruning walks. A pruned job
-- leaves this index, so each batch starts at the oldest payload still kept instead of stepping
-- over every job pruned before it.
CREATE INDEX jobs_payload_kept ON newsdesk.jobs (finished_at) WHERE state = 'done' AND payload_pruned_at IS NULL;

-- Deletes up to `batch` jobs in `states` that finished more than `older_than_seconds` ago, with
-- their articles and article history (the foreign keys cascade; articles linked to a deleted
-- one as its near-duplicate keep their row, duplicate_of set to NULL). Returns the ids deleted.
-- Only finished states can match, whatever `states` says: a queued or running job is never
-- retention's. Each state's range of jobs_finished_by_state is walked from its oldest job, in
-- no global order (no sort, however many are due). SKIP LOCKED: a job someone holds (an
-- operator reprocessing it) is left for a later batch, never waited for.
-- SECURITY DEFINER so that workers (whose cleaner calls it) and operators (`newsdesk prune`)
-- can delete old finished jobs without holding DELETE on the table, which would let them delete
-- any job (deploy/roles.sql grants EXECUTE to exactly those two roles).
CREATE FUNCTION newsdesk.delete_finished_jobs(states newsdesk.job_state[], older_than_seconds float8, batch integer)
RETURNS SETOF bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH doomed AS (
        SELECT id
        FROM newsdesk.jobs
        WHERE state = ANY (states) AND state IN ('done', 'failed', 'dead', 'cancelled')
          AND finished_at < now() - make_interval(secs => older_than_seconds)
        LIMIT batch
        FOR UPDATE SKIP LOCKED
    )
    DELETE FROM newsdesk.jobs j
    USING doomed
    WHERE j.id = doomed.id
    RETURNING j.id
$$;
-- Functions are executable by PUBLIC unless revoked.
REVOKE ALL ON FUNCTION newsdesk.delete_finished_jobs(newsdesk.job_state[], float8, integer) FROM PUBLIC;

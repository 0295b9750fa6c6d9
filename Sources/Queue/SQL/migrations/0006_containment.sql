-- Fault containment: a job's outcome, its worker's death or a hand-edited row stays with
-- that job.

-- A job whose lease expired did nothing wrong that we know of: its worker was killed, its
-- host lost or cut off. Rescue gives the attempt back and counts the expiry here instead, so
-- the jobs a dying worker held lose nothing, while a job that somehow takes its workers down
-- every time still ends dead after a bounded number of them (rescue.sql says how many).
ALTER TABLE newsdesk.jobs ADD COLUMN lease_expiries smallint NOT NULL DEFAULT 0;

-- Every claim counts here and the count never goes back (attempts do, when a rescue or a
-- hand-back gives one back): a worker's outcome carries the count of its claim, and counts only
-- while the job is still held under that claim.
ALTER TABLE newsdesk.jobs ADD COLUMN claims integer NOT NULL DEFAULT 0;

-- Time the job spent in the processor (parse and enrich), reported by the worker at
-- completion; with enqueued_at, started_at (claim) and finished_at (commit) it splits a
-- job's life into queue wait, processing and the rest (prefetch wait and commit).
ALTER TABLE newsdesk.jobs ADD COLUMN processing_ms integer;

-- Reprocessing (`newsdesk reprocess`, or a done job set back to queued by hand) replaces a
-- job's article row in the same statement that completes it again; the row it replaces is
-- kept here, so an extractor upgrade can be compared with what it replaced.
CREATE TABLE newsdesk.article_history (
    job_id         bigint NOT NULL REFERENCES newsdesk.jobs (id) ON DELETE CASCADE,
    processed_at   timestamptz NOT NULL,
    replaced_at    timestamptz NOT NULL DEFAULT now(),
    schema_version integer NOT NULL,
    result         jsonb NOT NULL,
    PRIMARY KEY (job_id, processed_at)
);

-- A replaced article is news to consumers too.
CREATE TRIGGER articles_notify_replaced AFTER UPDATE ON newsdesk.articles
    FOR EACH ROW EXECUTE FUNCTION newsdesk.notify_article();

-- Duplicate lookup in O(log n) whatever the data: each probe walks one index from the
-- window's start in processed_at order and stops at its first match, so thousands of
-- earlier copies of one body cost what one does.
DROP INDEX newsdesk.articles_sha256;
CREATE INDEX articles_sha256 ON newsdesk.articles (sha256, processed_at);

CREATE OR REPLACE FUNCTION newsdesk.hamming_distance(a bigint, b bigint) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT bit_count((a # b)::bit(64))::integer
$$;

DROP FUNCTION newsdesk.find_near_duplicate(bigint, text, timestamptz, integer);

-- The earliest article (by processed_at, then job id) processed since `since` whose body has
-- the SHA-256 `body_sha256` or whose SimHash is within `max_distance` bits of `hash`, other
-- than `exclude_job` (the job being completed, which may be reprocessed). NULL when there is
-- none. Five probes, one per index, each returning its earliest match.
CREATE FUNCTION newsdesk.find_near_duplicate(hash bigint, body_sha256 text, since timestamptz,
                                             max_distance integer, exclude_job bigint)
RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT job_id FROM (
        (SELECT job_id, processed_at FROM newsdesk.articles
         WHERE sha256 = body_sha256 AND processed_at >= since AND job_id <> exclude_job
         ORDER BY processed_at LIMIT 1)
        UNION ALL
        (SELECT job_id, processed_at FROM newsdesk.articles
         WHERE simhash_band0 = (hash >> 48) & 65535 AND processed_at >= since AND job_id <> exclude_job
           AND newsdesk.hamming_distance(simhash, hash) <= max_distance
         ORDER BY processed_at LIMIT 1)
        UNION ALL
        (SELECT job_id, processed_at FROM newsdesk.articles
         WHERE simhash_band1 = (hash >> 32) & 65535 AND processed_at >= since AND job_id <> exclude_job
           AND newsdesk.hamming_distance(simhash, hash) <= max_distance
         ORDER BY processed_at LIMIT 1)
        UNION ALL
        (SELECT job_id, processed_at FROM newsdesk.articles
         WHERE simhash_band2 = (hash >> 16) & 65535 AND processed_at >= since AND job_id <> exclude_job
           AND newsdesk.hamming_distance(simhash, hash) <= max_distance
         ORDER BY processed_at LIMIT 1)
        UNION ALL
        (SELECT job_id, processed_at FROM newsdesk.articles
         WHERE simhash_band3 = hash & 65535 AND processed_at >= since AND job_id <> exclude_job
           AND newsdesk.hamming_distance(simhash, hash) <= max_distance
         ORDER BY processed_at LIMIT 1)
    ) earliest
    ORDER BY processed_at, job_id
    LIMIT 1
$$;

-- The worker's one round trip per batch: records the outcomes of jobs it finished (results
-- and failures) and claims its next jobs, in one statement and so one commit. Any part may be
-- empty: no outcomes is a plain claim, a limit of 0 a plain completion.
--
-- $1 the worker's lease owner id.
-- Results, one array element per job: $2 id, $3 claim number, $4 result object, then its typed
-- columns $5 title, $6 published_at (ISO 8601 text), $7 page_date, $8 language, $9 word_count,
-- $10 schema_version, $11 body SHA-256, $12 SimHash, $13 processing time in ms.
-- Near-duplicates: $14 window in seconds, $15 largest SimHash distance.
-- Failures: $16 id, $17 claim number, $18 reason, $19 retryable.
-- Claim: $20 how many, $21 lease in seconds, $22 largest payload sent in bytes.
--
-- Fencing: an outcome counts only if its job is still running under this worker's lease for
-- the same claim (claims counts every claim and never goes back), so a job rescued from this
-- worker and claimed again, here or elsewhere, can never end with two results. A job done
-- before (reprocessed, or re-queued by hand) gets its article row replaced, the old row moving
-- to article_history; a new row takes this transaction's id as its feed position (feed_xid's
-- default, migration 0023) and a replaced one takes it here, so consumers of the feed see the
-- new version. Each article is linked to the earliest near-duplicate processed within
-- the window (articles completed in the same statement do not see each other). A failure that
-- is not retryable ends the job failed; a retryable one sends it back to the queue after a
-- backoff, or ends it dead once it has used all its attempts. Claiming takes queued jobs in
-- priority order with SKIP LOCKED, so any number of workers run this at once without sharing
-- a job; attempts are counted here, at claim time. Payloads over $22 bytes are not sent: the
-- worker fails those jobs by their size alone.
--
-- Returns one row per accepted outcome (kind 'stored' or 'failed', with the failed job's new
-- state) and one per claimed job (kind 'claimed').
WITH result AS (
    SELECT *
    FROM unnest($2::bigint[], $3::integer[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[],
                $9::integer[], $10::integer[], $11::text[], $12::bigint[], $13::integer[])
        AS r(id, claim, result, title, published_at, page_date, language, word_count, schema_version,
             sha256, simhash, processing_ms)
), done AS (
    UPDATE newsdesk.jobs j
    SET state = 'done', finished_at = now(), lease_owner = NULL, lease_expires_at = NULL, last_error = NULL,
        processing_ms = r.processing_ms
    FROM result r
    WHERE j.id = r.id AND j.state = 'running' AND j.lease_owner = $1 AND j.claims = r.claim
    RETURNING j.id, j.source_url
), superseded AS (
    INSERT INTO newsdesk.article_history (job_id, processed_at, schema_version, result)
    SELECT a.job_id, a.processed_at, a.schema_version, a.result
    FROM newsdesk.articles a
    JOIN done d ON d.id = a.job_id
    ON CONFLICT DO NOTHING
), stored AS (
    INSERT INTO newsdesk.articles AS a (job_id, title, published_at, page_date, language, word_count, source_url,
                                        schema_version, result, sha256, simhash, duplicate_of, processed_at)
    SELECT d.id, r.title, r.published_at::timestamptz, r.page_date::date, r.language, r.word_count, d.source_url,
           r.schema_version,
           CASE WHEN dup.job_id IS NULL THEN r.result ELSE r.result || jsonb_build_object('duplicate_of', dup.job_id) END,
           r.sha256, r.simhash, dup.job_id, now()
    FROM done d
    JOIN result r ON r.id = d.id
    LEFT JOIN LATERAL (
        SELECT newsdesk.find_near_duplicate(r.simhash, r.sha256, now() - make_interval(secs => $14), $15, d.id) AS job_id
        WHERE r.sha256 IS NOT NULL
    ) dup ON true
    ON CONFLICT (job_id) DO UPDATE
    SET title = excluded.title, published_at = excluded.published_at, page_date = excluded.page_date,
        language = excluded.language, word_count = excluded.word_count, source_url = excluded.source_url,
        schema_version = excluded.schema_version, result = excluded.result, sha256 = excluded.sha256,
        simhash = excluded.simhash, duplicate_of = excluded.duplicate_of, processed_at = excluded.processed_at,
        feed_xid = pg_current_xact_id()
    RETURNING a.job_id
), failure AS (
    SELECT * FROM unnest($16::bigint[], $17::integer[], $18::text[], $19::boolean[]) AS f(id, claim, reason, retryable)
), failed AS (
    UPDATE newsdesk.jobs j
    SET state = CASE
            WHEN NOT f.retryable THEN 'failed'
            WHEN j.attempts >= j.max_attempts THEN 'dead'
            ELSE 'queued' END::newsdesk.job_state,
        run_at = CASE WHEN f.retryable AND j.attempts < j.max_attempts
                      THEN now() + newsdesk.retry_delay(j.attempts) ELSE j.run_at END,
        finished_at = CASE WHEN f.retryable AND j.attempts < j.max_attempts THEN NULL ELSE now() END,
        last_error = f.reason,
        lease_owner = NULL,
        lease_expires_at = NULL
    FROM failure f
    WHERE j.id = f.id AND j.state = 'running' AND j.lease_owner = $1 AND j.claims = f.claim
    RETURNING j.id, j.state
), next AS (
    SELECT id
    FROM newsdesk.jobs
    WHERE state = 'queued' AND run_at <= now()
    ORDER BY priority DESC, run_at, id
    LIMIT $20
    FOR UPDATE SKIP LOCKED
), claimed AS (
    UPDATE newsdesk.jobs j
    SET state = 'running',
        attempts = j.attempts + 1,
        claims = j.claims + 1,
        lease_owner = $1,
        lease_expires_at = now() + make_interval(secs => $21),
        started_at = now()
    FROM next
    WHERE j.id = next.id
    RETURNING j.id, j.claims, j.attempts, j.max_attempts, j.source_url, j.content_type,
              coalesce(octet_length(j.raw), octet_length(j.raw_bytes)) AS payload_bytes,
              CASE WHEN octet_length(j.raw) <= $22 THEN j.raw END AS raw,
              CASE WHEN octet_length(j.raw_bytes) <= $22 THEN j.raw_bytes END AS raw_bytes
)
SELECT 'stored' AS kind, job_id AS id, NULL::text AS state, NULL::integer AS claims, NULL::integer AS attempts,
       NULL::integer AS max_attempts,
       NULL::text AS source_url, NULL::text AS content_type, NULL::integer AS payload_bytes, NULL::text AS raw,
       NULL::bytea AS raw_bytes
FROM stored
UNION ALL
SELECT 'failed', id, state::text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM failed
UNION ALL
SELECT 'claimed', id, NULL, claims, attempts, max_attempts, source_url, content_type, payload_bytes, raw, raw_bytes FROM claimed

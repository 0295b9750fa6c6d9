-- Operator's reprocess: puts finished jobs back in the queue with fresh attempts, to be
-- processed again (after an extractor upgrade, say). When one completes, its new result
-- replaces its article row and the old row moves to article_history (exchange.sql).
-- Selection, every filter optional (NULL): $1 job ids, $2 states (default: done only),
-- $3/$4 finished at or after / before, $5 whose article's schema_version is below this.
-- Works in keyset batches: at most $6 jobs with ids above $7 per call, in id order, so a
-- caller can walk millions of jobs in short transactions (jobs done again meanwhile have
-- smaller ids than the cursor and are not picked twice). $8 sets a priority (NULL: keep).
-- A job whose payload retention dropped (payload_pruned_at) has nothing to process again: it
-- is selected, so the caller can say so, but left as it is.
-- Returns one row per selected job: its id and whether it was re-queued.
WITH selected AS (
    SELECT j.id
    FROM newsdesk.jobs j
    LEFT JOIN newsdesk.articles a ON a.job_id = j.id
    WHERE j.state = ANY (coalesce($2::newsdesk.job_state[], '{done}'))
      AND j.state IN ('done', 'failed', 'dead', 'cancelled')
      AND ($1::bigint[] IS NULL OR j.id = ANY ($1::bigint[]))
      AND ($3::timestamptz IS NULL OR j.finished_at >= $3::timestamptz)
      AND ($4::timestamptz IS NULL OR j.finished_at < $4::timestamptz)
      AND ($5::integer IS NULL OR a.schema_version < $5::integer)
      AND j.id > $7::bigint
    ORDER BY j.id
    LIMIT $6
    FOR UPDATE OF j SKIP LOCKED
), requeued AS (
    UPDATE newsdesk.jobs j
    SET state = 'queued', attempts = 0, lease_expiries = 0, run_at = now(), started_at = NULL, finished_at = NULL,
        last_error = NULL, processing_ms = NULL, priority = coalesce($8::smallint, j.priority)
    FROM selected
    WHERE j.id = selected.id AND j.payload_pruned_at IS NULL
    RETURNING j.id
)
SELECT s.id, r.id IS NOT NULL AS requeued
FROM selected s
LEFT JOIN requeued r ON r.id = s.id
ORDER BY s.id

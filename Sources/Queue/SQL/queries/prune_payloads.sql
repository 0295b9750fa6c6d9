-- Retention: drops the payloads (raw, raw_bytes) of up to $2 jobs done more than $1 seconds
-- ago, marking them pruned (payload_pruned_at). The article and the job row stay. Only done
-- jobs: a failed, dead or cancelled job keeps its page for as long as it is kept, since an
-- operator retries it with that page. SKIP LOCKED: a row someone holds (an operator's
-- reprocess) is left for the next batch, never waited for. Returns the ids pruned.
WITH doomed AS (
    SELECT id
    FROM newsdesk.jobs
    WHERE state = 'done' AND payload_pruned_at IS NULL AND finished_at < now() - make_interval(secs => $1)
    ORDER BY finished_at
    LIMIT $2
    FOR UPDATE SKIP LOCKED
)
UPDATE newsdesk.jobs j
SET raw = NULL, raw_bytes = NULL, payload_pruned_at = now()
FROM doomed
WHERE j.id = doomed.id
RETURNING j.id

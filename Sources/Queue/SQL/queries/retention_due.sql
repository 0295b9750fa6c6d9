-- Retention dry run (`newsdesk prune --dry-run`): what a policy would remove now, without
-- removing it. $1 payload age, $2 done age, $3 failed/dead/cancelled age, in seconds; NULL
-- leaves that part off (its count is NULL). Payload bytes are the stored sizes as enqueued
-- (octet_length reads TOAST headers, not the pages).
SELECT
    CASE WHEN $1::float8 IS NOT NULL THEN
        count(*) FILTER (WHERE state = 'done' AND payload_pruned_at IS NULL
                               AND finished_at < now() - make_interval(secs => $1::float8)) END AS payloads,
    CASE WHEN $1::float8 IS NOT NULL THEN
        coalesce(sum(coalesce(octet_length(raw), octet_length(raw_bytes)))
                     FILTER (WHERE state = 'done' AND payload_pruned_at IS NULL
                                   AND finished_at < now() - make_interval(secs => $1::float8)), 0) END AS payload_bytes,
    CASE WHEN $2::float8 IS NOT NULL THEN
        count(*) FILTER (WHERE state = 'done' AND finished_at < now() - make_interval(secs => $2::float8)) END AS done_jobs,
    CASE WHEN $3::float8 IS NOT NULL THEN
        count(*) FILTER (WHERE state IN ('failed', 'dead', 'cancelled')
                               AND finished_at < now() - make_interval(secs => $3::float8)) END AS failed_jobs
FROM newsdesk.jobs
WHERE finished_at IS NOT NULL

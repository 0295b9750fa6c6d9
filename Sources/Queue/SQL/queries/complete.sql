-- Completes a batch of jobs and stores their results in one statement.
-- $1: jsonb array of {id, attempt, result}; $2: the worker's lease owner id.
-- Fencing: a job counts only if it is still running under this worker's lease for the same
-- attempt. A job rescued from this worker and claimed again elsewhere is skipped, so it can
-- never end with two result rows. Each article is linked to an earlier near-duplicate
-- processed within the last $3 seconds and at most $4 SimHash bits away (articles completed
-- in the same batch do not see each other). Returns the ids that were accepted.
WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id bigint, attempt integer, result jsonb)
), done AS (
    UPDATE newsdesk.jobs j
    SET state = 'done', finished_at = now(), lease_owner = NULL, lease_expires_at = NULL, last_error = NULL
    FROM input i
    WHERE j.id = i.id AND j.state = 'running' AND j.lease_owner = $2 AND j.attempts = i.attempt
    RETURNING j.id, j.source_url
)
INSERT INTO newsdesk.articles (job_id, title, published_at, page_date, language, word_count, source_url,
                               schema_version, result, sha256, simhash, duplicate_of)
SELECT d.id,
       i.result->>'title',
       newsdesk.try_timestamptz(i.result->>'published_at'),
       newsdesk.try_date(i.result->>'page_date'),
       nullif(i.result->'language'->>'code', 'und'),
       coalesce((i.result->>'word_count')::integer, 0),
       d.source_url,
       (i.result->>'schema_version')::integer,
       i.result || jsonb_build_object('duplicate_of', dup.job_id),
       i.result->'fingerprints'->>'sha256',
       (i.result->'fingerprints'->>'simhash')::bigint,
       dup.job_id
FROM done d
JOIN input i ON i.id = d.id
LEFT JOIN LATERAL (
    SELECT newsdesk.find_near_duplicate((i.result->'fingerprints'->>'simhash')::bigint, i.result->'fingerprints'->>'sha256',
                                        now() - make_interval(secs => $3), $4) AS job_id
    WHERE i.result ? 'fingerprints'
) dup ON true
RETURNING job_id

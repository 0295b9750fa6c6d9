-- Operator's cancel: queued jobs ($1: bigint[], or NULL for every queued job) are cancelled.
-- Running jobs finish (or fail) normally; cancelling them mid-flight would race the worker.
UPDATE newsdesk.jobs
SET state = 'cancelled', finished_at = now(), last_error = 'cancelled by operator'
WHERE state = 'queued' AND ($1::bigint[] IS NULL OR id = ANY($1::bigint[]))
RETURNING id

-- newsdesk.enqueue(raw => 'x', priority => 5) failed with "function does not exist": the
-- arguments were smallint, which a plain integer literal does not become implicitly. They are
-- integer now, range-checked here; the named arguments and their defaults are unchanged, and a
-- smallint still fits (it widens to integer implicitly).
--
-- The function also becomes the producers' door: it runs as its owner, so a producer needs no
-- privilege on newsdesk.jobs at all and can set only what a job should carry. Nobody but the
-- owner may call it until deploy/roles.sql grants it.
DROP FUNCTION newsdesk.enqueue(text, text, text, smallint, timestamptz, smallint, text, bytea);

CREATE FUNCTION newsdesk.enqueue(
    raw text,
    source_url text DEFAULT NULL,
    idempotency_key text DEFAULT NULL,
    priority integer DEFAULT 0,
    run_at timestamptz DEFAULT now(),
    max_attempts integer DEFAULT 5,
    content_type text DEFAULT NULL,
    raw_bytes bytea DEFAULT NULL
) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
    job_id bigint;
BEGIN
    IF enqueue.priority IS NULL OR enqueue.priority NOT BETWEEN -32768 AND 32767 THEN
        RAISE EXCEPTION 'priority must be between -32768 and 32767, not %', enqueue.priority
            USING ERRCODE = 'numeric_value_out_of_range';
    END IF;
    -- Attempts bound how often an input that crashes workers is tried: keep that bound real.
    IF enqueue.max_attempts IS NULL OR enqueue.max_attempts NOT BETWEEN 1 AND 100 THEN
        RAISE EXCEPTION 'max_attempts must be between 1 and 100, not %', enqueue.max_attempts
            USING ERRCODE = 'numeric_value_out_of_range';
    END IF;
    INSERT INTO newsdesk.jobs (raw, raw_bytes, source_url, idempotency_key, priority, run_at, max_attempts,
                               content_type, enqueued_by)
    VALUES (enqueue.raw, enqueue.raw_bytes, enqueue.source_url, enqueue.idempotency_key,
            enqueue.priority, coalesce(enqueue.run_at, now()), enqueue.max_attempts, enqueue.content_type,
            session_user)
    ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
    RETURNING id INTO job_id;
    IF job_id IS NULL THEN
        SELECT j.id INTO job_id FROM newsdesk.jobs j WHERE j.idempotency_key = enqueue.idempotency_key;
    END IF;
    RETURN job_id;
END $$;

REVOKE EXECUTE ON FUNCTION newsdesk.enqueue(text, text, text, integer, timestamptz, integer, text, bytea) FROM PUBLIC;

-- The consumer feed: a commit-safe cursor over newsdesk.articles, so that a consumer reading
-- "after my cursor" never misses a row that commits later (`newsdesk follow`,
-- newsdesk.articles_since).
--
-- Why not job_id or a sequence: workers commit batches concurrently, so a row with a smaller id
-- or sequence value can commit after one with a larger value that a consumer has already read
-- past. Instead each row carries the id of the transaction that wrote it (feed_xid), and the
-- feed returns only rows whose transaction id is below the oldest transaction still running
-- (pg_snapshot_xmin of the reader's snapshot). Every transaction below that line has ended, and
-- every transaction that starts later gets a larger id, so no row can ever appear behind a
-- position a consumer has read: the feed is gap-free. The price is latency, not throughput: a
-- row waits until every transaction that began before it commits has ended (a worker's batch is
-- one short statement; a long-open transaction anywhere in the cluster holds the feed back).

-- The writing transaction's id. Existing rows get 0 (they come first, in job_id order): a
-- constant default adds the column without rewriting the table; new rows then take the
-- inserting transaction's id from the second default. exchange.sql sets it again when a
-- reprocessed job replaces its article, so the new version comes out again, further on.
ALTER TABLE newsdesk.articles ADD COLUMN feed_xid xid8 NOT NULL DEFAULT '0';
ALTER TABLE newsdesk.articles ALTER COLUMN feed_xid SET DEFAULT pg_current_xact_id();

-- The feed's order; each read is one range scan from the cursor.
CREATE INDEX articles_feed ON newsdesk.articles (feed_xid, job_id);

-- Up to `max_rows` articles after `after_cursor` in (feed_xid, job_id) order, with the cursor
-- of each (text "XID:JOB_ID"; NULL or '' reads from the beginning). A consumer stores the last
-- cursor it handled and passes it back: it sees every article written after it exactly once (a
-- reprocessed article once more, as its new version), however workers' commits interleave. Rows
-- of transactions that may still be running are held back until they have all ended.
-- The line (xmin) and the rows must come from one snapshot, or a row committed between the two
-- could fall below the line unseen: a STABLE function runs every statement in its caller's
-- snapshot, which is the one pg_current_snapshot() describes.
-- A cursor at or beyond the server's next transaction id cannot come from this database's
-- history: the database was restored from a logical dump (which starts the counter afresh) and
-- new rows would sort before the cursor, unseen, so the call fails (22023) instead.
-- STABLE and SECURITY INVOKER: it reads what the caller may read (newsdesk_reader and
-- newsdesk_operator are granted it in deploy/roles.sql).
CREATE FUNCTION newsdesk.articles_since(after_cursor text, max_rows integer)
RETURNS TABLE (cursor text, job_id bigint, processed_at timestamptz, source_url text, result jsonb)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    snapshot pg_snapshot := pg_current_snapshot();
    after_xid xid8 := coalesce(nullif(split_part(after_cursor, ':', 1), ''), '0')::xid8;
    after_job bigint := coalesce(nullif(split_part(after_cursor, ':', 2), ''), '0')::bigint;
BEGIN
    IF after_xid >= pg_snapshot_xmax(snapshot) THEN
        RAISE EXCEPTION 'feed cursor % is ahead of this server''s transaction ids', after_cursor
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Was the database restored from a dump? Read the feed again from the start (no cursor).';
    END IF;
    RETURN QUERY
        SELECT a.feed_xid::text || ':' || a.job_id, a.job_id, a.processed_at, a.source_url, a.result
        FROM newsdesk.articles a
        WHERE (a.feed_xid, a.job_id) > (after_xid, after_job)
          AND a.feed_xid < pg_snapshot_xmin(snapshot)
        ORDER BY a.feed_xid, a.job_id
        LIMIT max_rows;
END $$;
-- Functions are executable by PUBLIC unless revoked.
REVOKE ALL ON FUNCTION newsdesk.articles_since(text, integer) FROM PUBLIC;

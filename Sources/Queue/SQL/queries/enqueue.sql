-- $1 raw text, $2 raw bytes (exactly one set), $3 source_url, $4 idempotency key,
-- $5 priority, $6 content type.
SELECT newsdesk.enqueue(raw => $1, raw_bytes => $2::bytea, source_url => $3, idempotency_key => $4,
                        priority => $5::smallint, content_type => $6) AS id

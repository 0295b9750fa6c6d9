-- Duplicate detection across jobs: each article keeps its body's SHA-256 and 64-bit SimHash,
-- and points at an earlier near-duplicate in duplicate_of. The SimHash is split into four
-- 16-bit bands, each indexed: two hashes within Hamming distance 3 share at least one band
-- exactly (pigeonhole), so the lookup probes four small index ranges instead of scanning.
ALTER TABLE newsdesk.articles
    ADD COLUMN sha256 text,
    ADD COLUMN simhash bigint,
    ADD COLUMN duplicate_of bigint REFERENCES newsdesk.articles (job_id) ON DELETE SET NULL,
    ADD COLUMN simhash_band0 integer GENERATED ALWAYS AS ((simhash >> 48) & 65535) STORED,
    ADD COLUMN simhash_band1 integer GENERATED ALWAYS AS ((simhash >> 32) & 65535) STORED,
    ADD COLUMN simhash_band2 integer GENERATED ALWAYS AS ((simhash >> 16) & 65535) STORED,
    ADD COLUMN simhash_band3 integer GENERATED ALWAYS AS (simhash & 65535) STORED;

CREATE INDEX articles_simhash_band0 ON newsdesk.articles (simhash_band0, processed_at);
CREATE INDEX articles_simhash_band1 ON newsdesk.articles (simhash_band1, processed_at);
CREATE INDEX articles_simhash_band2 ON newsdesk.articles (simhash_band2, processed_at);
CREATE INDEX articles_simhash_band3 ON newsdesk.articles (simhash_band3, processed_at);
CREATE INDEX articles_sha256 ON newsdesk.articles (sha256);
CREATE INDEX articles_duplicate_of ON newsdesk.articles (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- Number of differing bits between two SimHashes.
CREATE FUNCTION newsdesk.hamming_distance(a bigint, b bigint) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT length(replace((a # b)::bit(64)::text, '0', ''))
$$;

-- The earliest article processed within `since` whose SimHash is within `max_distance` bits of
-- `hash` (an exact body match counts too). NULL when there is none. One branch per index, so
-- each probe stays an index lookup whatever the statistics say (an ORDER BY ... LIMIT 1 here
-- lets the planner walk the whole primary key instead).
CREATE FUNCTION newsdesk.find_near_duplicate(hash bigint, body_sha256 text, since timestamptz, max_distance integer)
RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT min(job_id) FROM (
        SELECT job_id FROM newsdesk.articles WHERE sha256 = body_sha256 AND processed_at >= since
        UNION ALL
        SELECT job_id FROM newsdesk.articles
        WHERE simhash_band0 = (hash >> 48) & 65535 AND processed_at >= since AND newsdesk.hamming_distance(simhash, hash) <= max_distance
        UNION ALL
        SELECT job_id FROM newsdesk.articles
        WHERE simhash_band1 = (hash >> 32) & 65535 AND processed_at >= since AND newsdesk.hamming_distance(simhash, hash) <= max_distance
        UNION ALL
        SELECT job_id FROM newsdesk.articles
        WHERE simhash_band2 = (hash >> 16) & 65535 AND processed_at >= since AND newsdesk.hamming_distance(simhash, hash) <= max_distance
        UNION ALL
        SELECT job_id FROM newsdesk.articles
        WHERE simhash_band3 = hash & 65535 AND processed_at >= since AND newsdesk.hamming_distance(simhash, hash) <= max_distance
    ) candidates
$$;

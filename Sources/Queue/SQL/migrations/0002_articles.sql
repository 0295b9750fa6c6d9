-- One row per completed job, written in the same statement that marks the job done.
CREATE TABLE newsdesk.articles (
    job_id         bigint PRIMARY KEY REFERENCES newsdesk.jobs (id) ON DELETE CASCADE,
    title          text,
    published_at   timestamptz,
    page_date      date,
    language       text,
    word_count     integer NOT NULL,
    source_url     text,
    processed_at   timestamptz NOT NULL DEFAULT now(),
    schema_version integer NOT NULL,
    result         jsonb NOT NULL
);

CREATE INDEX articles_published_at ON newsdesk.articles (published_at);
CREATE INDEX articles_processed_at ON newsdesk.articles (processed_at);
CREATE INDEX articles_language ON newsdesk.articles (language);

-- Dates in results come from untrusted pages; an unparseable one becomes NULL rather than
-- failing the whole completion batch.
CREATE FUNCTION newsdesk.try_timestamptz(value text) RETURNS timestamptz LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN value::timestamptz;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

CREATE FUNCTION newsdesk.try_date(value text) RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN value::date;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

-- Consumers LISTEN newsdesk_articles and get each new article's job id.
CREATE FUNCTION newsdesk.notify_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newsdesk_articles', NEW.job_id::text);
    RETURN NULL;
END $$;

CREATE TRIGGER articles_notify AFTER INSERT ON newsdesk.articles
    FOR EACH ROW EXECUTE FUNCTION newsdesk.notify_article();

-- The table a municipal IT team would build for full-text search in PostgreSQL: the metadata as
-- columns, a weighted tsvector (title A, body B) kept by PostgreSQL itself, a GIN index on it
-- and a btree on the date. The indexes are created after the COPY (see indexes.sql).
CREATE TABLE docs (
  id           text NOT NULL,
  kind         text NOT NULL,
  organ        text,
  municipality text,
  parties      text[] NOT NULL DEFAULT '{}',
  unions       text[] NOT NULL DEFAULT '{}',
  year         int,
  date         date,
  dnr          text[] NOT NULL DEFAULT '{}',
  title        text,
  body         text NOT NULL,
  tsv          tsvector GENERATED ALWAYS AS (
                 setweight(to_tsvector('swedish', coalesce(title, '')), 'A') ||
                 setweight(to_tsvector('swedish', body), 'B')) STORED
);

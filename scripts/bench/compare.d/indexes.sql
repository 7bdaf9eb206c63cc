-- After the COPY: what makes the table queryable and fast. Timed step by step by the script.
ALTER TABLE docs ADD PRIMARY KEY (id);
CREATE INDEX docs_tsv_idx ON docs USING gin (tsv);
CREATE INDEX docs_date_idx ON docs (date);
ANALYZE docs;

-- The bytes of documents and results in the database (motcua.storage.kind=database, the default), so that
-- every node reads what any node stored. Content-addressed: one row per SHA-256, written once; last_used_at is
-- the application clock's instant of the latest put of these bytes, which the content sweeper compares with.
-- PostgreSQL's copy of this migration (db/vendor/h2 holds H2's).
create table document_content (
  sha256       varchar(64) primary key,
  size_bytes   bigint      not null,
  content      bytea       not null,
  stored_at    timestamp(6) with time zone not null,
  last_used_at timestamp(6) with time zone not null
);
-- out of line and uncompressed: PDFs, JPEGs and PNGs are compressed already, and an uncompressed TOAST value
-- lets substring() read one slice without the rest, which is how the application streams a download
alter table document_content alter column content set storage external;

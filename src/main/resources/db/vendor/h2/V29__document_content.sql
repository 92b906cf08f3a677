-- The bytes of documents and results in the database (motcua.storage.kind=database, the default), so that
-- every node reads what any node stored. Content-addressed: one row per SHA-256, written once; last_used_at is
-- the application clock's instant of the latest put of these bytes, which the content sweeper compares with.
-- H2's copy of this migration (db/vendor/postgresql holds PostgreSQL's): BLOB keeps large values out of the
-- row, in H2's LOB storage.
create table document_content (
  sha256       varchar(64) primary key,
  size_bytes   bigint      not null,
  content      blob        not null,
  stored_at    timestamp(6) with time zone not null,
  last_used_at timestamp(6) with time zone not null
);

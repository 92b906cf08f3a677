-- Removing documents from the e-document repository: a document a dossier still points at is hidden
-- (removed_at), bytes nothing holds any more are released and deleted later by the content sweeper.
alter table stored_document add column removed_at timestamp(6) with time zone;
create index ix_stored_document_sha256 on stored_document (sha256);

create table content_release (
  sha256      varchar(64) primary key,
  released_at timestamp(6) with time zone not null
);
create index ix_content_release_released_at on content_release (released_at);

-- where a repository document or its bytes are used (the repository asks before it erases anything)
create index ix_dossier_component_document on dossier_component (document_id);
create index ix_dossier_component_sha256 on dossier_component (sha256);
create index ix_delivery_result_document on delivery (result_document_id);

-- A result frozen at approval is kept in the document store every node reads, by its SHA-256; the base64
-- copy in the row stays only for results frozen before (vn.motcua.paper.internal.ResultDocumentService).
alter table result_issue alter column pdf_base64 drop not null;
create index ix_result_issue_sha256 on result_issue (sha256);

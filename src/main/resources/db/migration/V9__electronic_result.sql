-- The electronic result: a document in the applicant's repository, downloadable and mailed.
alter table delivery add column result_document_id uuid;

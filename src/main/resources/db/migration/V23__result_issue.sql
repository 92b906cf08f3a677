-- The result a leader approved (issue 12, line 5): the data it was rendered from and the PDF itself,
-- frozen at approval, so what is issued is exactly what was previewed, whatever changes later.
create table result_issue (
  dossier_code          varchar(40)      not null primary key,
  procedure_version_id  bigint           not null,
  title                 varchar(300)     not null,
  approved_by           varchar(100)     not null,
  approved_at           timestamp        not null,
  data                  varchar(200000)  not null,
  pdf_base64            varchar(4000000) not null,
  sha256                varchar(64)      not null
);

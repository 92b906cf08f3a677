-- A declaration signed on the portal with a one-time code: who, which declaration (SHA-256 of its
-- canonical JSON with the procedure code), where the code went, the code's check, and the dossier it went into.
create table declaration_signature (
  id                  uuid          primary key,
  account             varchar(100)  not null,
  procedure_code      varchar(50)   not null,
  declaration_sha256  varchar(64)   not null,
  channel             varchar(10)   not null,
  destination         varchar(255)  not null,
  code_hash           varchar(64)   not null,
  created_at          timestamp(6) with time zone not null,
  expires_at          timestamp(6) with time zone not null,
  attempts            integer       not null,
  used_at             timestamp(6) with time zone,
  dossier_code        varchar(64)   unique
);
create index ix_declaration_signature_account on declaration_signature (account);

-- Applicant accounts and the e-document repository.
create table applicant_account (
  username      varchar(100) primary key,
  kind          varchar(20)  not null,
  password_hash varchar(255) not null,
  full_name     varchar(255) not null,
  citizen_id    varchar(12),
  phone         varchar(20),
  email         varchar(255),
  address       varchar(500),
  enabled       boolean      not null,
  created_at    timestamp(6) with time zone not null
);

create table stored_document (
  id            uuid         primary key,
  owner         varchar(100) not null,
  document_type varchar(100) not null,
  file_name     varchar(255) not null,
  media_type    varchar(100) not null,
  size_bytes    bigint       not null,
  sha256        varchar(64)  not null,
  valid_until   date,
  created_at    timestamp(6) with time zone not null
);
create index ix_stored_document_owner on stored_document (owner);

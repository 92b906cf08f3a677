-- Public look-up by citizen ID: one row per one-time code sent (or pretended to be sent: no enumeration).
-- The code is kept only as a keyed hash; the citizen ID only until the code is used; rows are purged a day after expiry.
create table lookup_request (
  id          uuid          primary key,
  citizen_id  varchar(12),
  code_hash   varchar(64)   not null,
  created_at  timestamp(6) with time zone not null,
  expires_at  timestamp(6) with time zone not null,
  attempts    integer       not null,
  used_at     timestamp(6) with time zone
);
create index ix_lookup_request_expires on lookup_request (expires_at);

create index ix_dossier_citizen_id on dossier (applicant_citizen_id);

-- Spring Modulith's event publication registry (JPA): events between modules survive a crash.
create table event_publication (
  id               uuid          primary key,
  listener_id      varchar(512)  not null,
  event_type       varchar(512)  not null,
  serialized_event varchar(10000) not null,
  publication_date timestamp(6) with time zone not null,
  completion_date  timestamp(6) with time zone
);
create index ix_event_publication_incomplete on event_publication (completion_date);

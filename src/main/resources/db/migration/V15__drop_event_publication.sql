-- Spring Modulith's event publication registry was never written: modules meet through the
-- process engine, which is the outbox (docs/adr/0003-the-engine-is-the-outbox.md).
drop index if exists ix_event_publication_incomplete;
drop table if exists event_publication;

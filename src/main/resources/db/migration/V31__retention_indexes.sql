-- The nightly retention (docs/operations.md, "Retention") deletes by age, a batch at a time: each batch finds its rows
-- by these indexes instead of reading the whole table.
create index ix_side_effect_ledger_created on side_effect_ledger (created_at);
create index ix_outbox_message_created on outbox_message (created_at);
create index ix_national_portal_push_pushed on national_portal_push (pushed_at);
create index ix_submission_request_created on submission_request (created_at);
create index ix_declaration_signature_unspent on declaration_signature (created_at, dossier_code);

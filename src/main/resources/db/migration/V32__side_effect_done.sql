-- A side effect that leaves the system (a mail) is recorded before it happens and marked done after it
-- (vn.motcua.workflow.delegate.SideEffectLedger.atMostOnce); rows written in one transaction with their
-- effect are done when written.
alter table side_effect_ledger add column done boolean default true not null;

-- Password checks started and not finished, per account: with the wrong passwords counted, they may not exceed the
-- lockout threshold, so that guesses sent all at once cannot all be checked before any is counted.
alter table applicant_account add column checks_in_flight integer default 0 not null;
-- when the last check started: checks counted long before it were lost with a node that stopped mid-check
alter table applicant_account add column last_check_at timestamp(6) with time zone;

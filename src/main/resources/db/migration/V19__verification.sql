-- A verification (xác minh) started on the dossier: from then on its time limit is the procedure's limit
-- with verification (timeLimit.workingDaysWithVerification), its appointment moved once.
alter table dossier add column verification_started_at timestamp(6) with time zone;

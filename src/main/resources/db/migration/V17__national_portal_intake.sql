-- Dossiers the national portal sends us: its id, unique (a resend answers the same dossier), and pushed back
-- with every status change.
alter table dossier add column national_id varchar(50);
create unique index ux_dossier_national_id on dossier (national_id);
alter table national_portal_push add column national_id varchar(50);

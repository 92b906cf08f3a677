-- Each status change (and each notice told as one) names itself: the status-notification process carries only this
-- id and reads the status, time and note from the timeline row, instead of copies in five process variables.
alter table dossier_timeline add column change_id uuid;
create unique index ux_dossier_timeline_change on dossier_timeline (change_id);

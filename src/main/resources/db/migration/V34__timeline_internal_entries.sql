-- Entries of the agency's own work (a step done, a task given to an officer or handed to another, a dossier
-- sent back to the previous step, a stage overdue, a leader's follow-up) are for officers and the
-- process-control slip, not for the applicant: the portal, the citizens' API and the public look-up leave them out.
alter table dossier_timeline add column internal boolean default false not null;

-- the entries written before this column, by the Vietnamese texts that wrote them (messages.properties, timeline.*)
update dossier_timeline set internal = true
 where note like '%: đã xử lý xong%'
    or note like '%: trả lại hồ sơ cho bước trước để xử lý lại. Lý do: %'
    or note like '%: giao cho % xử lý'
    or note like '%: chuyển xử lý từ % sang %'
    or note like '%: quá hạn xử lý (hạn %); đã báo lãnh đạo %'
    or note like 'Lãnh đạo đôn đốc bước %';

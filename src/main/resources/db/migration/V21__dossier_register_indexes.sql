-- The dossier register (sổ theo dõi hồ sơ, template 07): an agency's dossiers by reception time,
-- as the receiving unit and as the resolving agency.
create index dossier_receiving_unit_received on dossier (receiving_unit, received_at);
create index dossier_resolving_agency_received on dossier (resolving_agency, received_at);

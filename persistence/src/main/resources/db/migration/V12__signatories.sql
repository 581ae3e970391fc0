-- Signing for an organisation is not a role: each member organisation names its signatory, and
-- optionally a deputy, among its own representatives. The database refuses a signatory from
-- another workspace, whatever the code does.
alter table representative add constraint representative_id_workspace unique (id, partnership_id);
alter table membership add column signatory_id bigint;
alter table membership add column deputy_signatory_id bigint;
alter table membership add constraint membership_signatory_same_workspace
    foreign key (signatory_id, partnership_id) references representative (id, partnership_id);
alter table membership add constraint membership_deputy_signatory_same_workspace
    foreign key (deputy_signatory_id, partnership_id) references representative (id, partnership_id);
alter table membership_aud add column signatory_id bigint;
alter table membership_aud add column deputy_signatory_id bigint;
-- The capacity in which a signature was made, such as "Chair, signatory".
alter table mou_signature add column signed_as varchar(80);
alter table mou_signature_aud add column signed_as varchar(80);

-- Envers' validity audit strategy: each audit row records the revision that replaced it (revend),
-- so reading a record as it stood at a revision, or its history, needs no correlated sub-query to
-- find the newest row before the revision. The rows written so far get theirs from the revision of
-- the next row of the same record (or collection element); the newest row of each keeps none.

alter table organisation_aud add column revend integer references revinfo (rev);
update organisation_aud set revend = (select min(later.rev) from organisation_aud later where later.id = organisation_aud.id and later.rev > organisation_aud.rev);
create index organisation_aud_revend on organisation_aud (revend);

alter table account_aud add column revend integer references revinfo (rev);
update account_aud set revend = (select min(later.rev) from account_aud later where later.id = account_aud.id and later.rev > account_aud.rev);
create index account_aud_revend on account_aud (revend);

alter table partnership_aud add column revend integer references revinfo (rev);
update partnership_aud set revend = (select min(later.rev) from partnership_aud later where later.id = partnership_aud.id and later.rev > partnership_aud.rev);
create index partnership_aud_revend on partnership_aud (revend);

alter table membership_aud add column revend integer references revinfo (rev);
update membership_aud set revend = (select min(later.rev) from membership_aud later where later.id = membership_aud.id and later.rev > membership_aud.rev);
create index membership_aud_revend on membership_aud (revend);

alter table representative_aud add column revend integer references revinfo (rev);
update representative_aud set revend = (select min(later.rev) from representative_aud later where later.id = representative_aud.id and later.rev > representative_aud.rev);
create index representative_aud_revend on representative_aud (revend);

alter table mou_aud add column revend integer references revinfo (rev);
update mou_aud set revend = (select min(later.rev) from mou_aud later where later.id = mou_aud.id and later.rev > mou_aud.rev);
create index mou_aud_revend on mou_aud (revend);

alter table mou_section_aud add column revend integer references revinfo (rev);
update mou_section_aud set revend = (select min(later.rev) from mou_section_aud later where later.id = mou_section_aud.id and later.rev > mou_section_aud.rev);
create index mou_section_aud_revend on mou_section_aud (revend);

alter table mou_signature_aud add column revend integer references revinfo (rev);
update mou_signature_aud set revend = (select min(later.rev) from mou_signature_aud later where later.id = mou_signature_aud.id and later.rev > mou_signature_aud.rev);
create index mou_signature_aud_revend on mou_signature_aud (revend);

alter table conduct_code_aud add column revend integer references revinfo (rev);
update conduct_code_aud set revend = (select min(later.rev) from conduct_code_aud later where later.id = conduct_code_aud.id and later.rev > conduct_code_aud.rev);
create index conduct_code_aud_revend on conduct_code_aud (revend);

alter table conduct_signature_aud add column revend integer references revinfo (rev);
update conduct_signature_aud set revend = (select min(later.rev) from conduct_signature_aud later where later.id = conduct_signature_aud.id and later.rev > conduct_signature_aud.rev);
create index conduct_signature_aud_revend on conduct_signature_aud (revend);

alter table risk_entry_aud add column revend integer references revinfo (rev);
update risk_entry_aud set revend = (select min(later.rev) from risk_entry_aud later where later.id = risk_entry_aud.id and later.rev > risk_entry_aud.rev);
create index risk_entry_aud_revend on risk_entry_aud (revend);

alter table risk_tolerance_aud add column revend integer references revinfo (rev);
update risk_tolerance_aud set revend = (select min(later.rev) from risk_tolerance_aud later where later.id = risk_tolerance_aud.id and later.rev > risk_tolerance_aud.rev);
create index risk_tolerance_aud_revend on risk_tolerance_aud (revend);

alter table mitigation_action_aud add column revend integer references revinfo (rev);
update mitigation_action_aud set revend = (select min(later.rev) from mitigation_action_aud later where later.id = mitigation_action_aud.id and later.rev > mitigation_action_aud.rev);
create index mitigation_action_aud_revend on mitigation_action_aud (revend);

alter table form_answer_aud add column revend integer references revinfo (rev);
update form_answer_aud set revend = (select min(later.rev) from form_answer_aud later where later.id = form_answer_aud.id and later.rev > form_answer_aud.rev);
create index form_answer_aud_revend on form_answer_aud (revend);

alter table form_sign_off_aud add column revend integer references revinfo (rev);
update form_sign_off_aud set revend = (select min(later.rev) from form_sign_off_aud later where later.id = form_sign_off_aud.id and later.rev > form_sign_off_aud.rev);
create index form_sign_off_aud_revend on form_sign_off_aud (revend);

alter table account_role_aud add column revend integer references revinfo (rev);
update account_role_aud set revend = (select min(later.rev) from account_role_aud later where later.account_id = account_role_aud.account_id and later.role = account_role_aud.role and later.rev > account_role_aud.rev);
create index account_role_aud_revend on account_role_aud (revend);

alter table partnership_theme_aud add column revend integer references revinfo (rev);
update partnership_theme_aud set revend = (select min(later.rev) from partnership_theme_aud later where later.partnership_id = partnership_theme_aud.partnership_id and later.theme = partnership_theme_aud.theme and later.rev > partnership_theme_aud.rev);
create index partnership_theme_aud_revend on partnership_theme_aud (revend);

alter table partnership_resource_aud add column revend integer references revinfo (rev);
update partnership_resource_aud set revend = (select min(later.rev) from partnership_resource_aud later where later.partnership_id = partnership_resource_aud.partnership_id and later.resource = partnership_resource_aud.resource and later.description = partnership_resource_aud.description and later.rev > partnership_resource_aud.rev);
create index partnership_resource_aud_revend on partnership_resource_aud (revend);

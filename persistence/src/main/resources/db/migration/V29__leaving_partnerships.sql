-- The decision that the Council's involvement in a partnership ends (section 11): when it was taken,
-- by the Executive or full Council, why, and the day involvement ends.
alter table partnership add column exit_decided_on date;
alter table partnership add column exit_decided_by varchar(20);
alter table partnership add column exit_reason varchar(40);
alter table partnership add column involvement_ends_on date;
alter table partnership_aud add column exit_decided_on date;
alter table partnership_aud add column exit_decided_by varchar(20);
alter table partnership_aud add column exit_reason varchar(40);
alter table partnership_aud add column involvement_ends_on date;

-- Who made each appointment, and in which capacity; and when a term was ended early, which takes the
-- rights away at once rather than after the last day of the term.
alter table representative add column appointed_by bigint references account (id);
alter table representative add column appointed_as varchar(60);
alter table representative add column appointed_at timestamp(6) with time zone;
alter table representative add column ended_at timestamp(6) with time zone;
alter table representative_aud add column appointed_by bigint;
alter table representative_aud add column appointed_as varchar(60);
alter table representative_aud add column appointed_at timestamp(6) with time zone;
alter table representative_aud add column ended_at timestamp(6) with time zone;

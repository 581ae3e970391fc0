-- A partnership may be a sub-group of another, through which it reports (section 8): one level only,
-- which the portal checks when a record is saved.
alter table partnership add column parent_partnership_id bigint references partnership (id);
alter table partnership_aud add column parent_partnership_id bigint;

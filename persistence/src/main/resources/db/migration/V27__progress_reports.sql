-- Where the Council contributes financially to a partnership, its progress reports include monitoring
-- of the partnership's finances (section 8).
alter table partnership add column council_contributes boolean default false not null;
alter table partnership_aud add column council_contributes boolean;
-- The period a form reports on (a progress report's "from X to X"); empty for forms that have none.
alter table filled_form add column period_start date;
alter table filled_form add column period_end date;
alter table filled_form_aud add column period_start date;
alter table filled_form_aud add column period_end date;

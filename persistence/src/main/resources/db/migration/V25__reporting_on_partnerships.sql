-- How often the accountable Head of Service reports on a partnership (section 8), and when the
-- Council entered it, from which the first report is due six months on.
alter table partnership add column reporting_frequency varchar(20) default 'ANNUAL' not null;
alter table partnership add column council_entered_on date;
alter table partnership_aud add column reporting_frequency varchar(20);
alter table partnership_aud add column council_entered_on date;

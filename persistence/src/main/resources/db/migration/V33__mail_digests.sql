-- How often each person wants the portal's e-mails (no row: each at once), and what the outbox needs
-- for digests: a message's topic and link, whether it is held for the person's digest, and the
-- digest it went out in.
create table mail_setting (
    account_id bigint primary key references account (id),
    frequency varchar(10) not null,
    chosen_at timestamp(6) with time zone not null,
    version bigint not null
);
alter table mail_outbox add column topic varchar(300);
alter table mail_outbox add column link varchar(1000);
alter table mail_outbox add column held boolean default false not null;
alter table mail_outbox add column digest_id bigint references mail_outbox (id);
create index mail_outbox_held on mail_outbox (recipient_id, held, sent_at);

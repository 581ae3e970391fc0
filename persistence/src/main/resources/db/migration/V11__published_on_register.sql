-- The public register lists only the partnerships the Head of Strategy & Partnerships has published.
alter table partnership add column published boolean default false not null;
alter table partnership_aud add column published boolean;

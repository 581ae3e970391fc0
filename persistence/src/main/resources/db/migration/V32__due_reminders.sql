-- The day's run of the reminders of what is due: one row per day, taken by whichever server starts
-- that day's run first, so that a rerun, a restart or a second server does not run it again.
create table due_run (
    run_on date primary key,
    started_at timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone
);

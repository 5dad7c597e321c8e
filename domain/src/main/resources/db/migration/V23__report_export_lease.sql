-- The report_export rows are a cluster's queue of exports: each row holds what its production needs
-- (the requester's view of the cohort, the period), so any instance can produce the file, and a
-- lease: the instance that produces it (claimed_by) renews lease_until while it works; when its
-- node dies, another instance's sweep takes the export over once the lease has run out.
alter table report_export add column whole_cohort boolean default false not null;
alter table report_export add column period_from date;
alter table report_export add column period_to date;
alter table report_export add column claimed_by varchar(120);
alter table report_export add column lease_until timestamp with time zone;

-- a supervisor's export covers only the trainees they supervised when they asked
create table report_export_trainee (
    export_id  uuid not null references report_export (id) on delete cascade,
    trainee_id uuid not null,
    primary key (export_id, trainee_id)
);

-- exports still queued or running from before: their requester's view was not stored, so no other
-- instance can produce them as that requester; they end as failed and are asked for again
update report_export
   set status = 'FAILED',
       failure = 'The export was interrupted by an upgrade; please ask for it again.',
       finished_at = requested_at
 where status in ('QUEUED', 'RUNNING');

create index report_export_open_idx on report_export (status, lease_until);

-- The analysis module: the run record that makes a nightly job run once per cluster, the nightly
-- snapshots of each cohort's figures, and the report exports produced in the background.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

-- One row per scheduled run (e.g. 'cohort-snapshots/2026-11-23'). The first instance of the
-- cluster to insert the row runs the job; the unique key makes every other instance skip it.
-- Platform work: a run covers every school, so the row belongs to no school.
create table analysis_run (
    id            uuid         not null primary key,
    run_key       varchar(80)  not null,
    instance_name varchar(120) not null,
    started_at    timestamp with time zone not null,
    finished_at   timestamp with time zone,
    schools       integer      not null,
    cohorts       integer      not null,
    version       bigint       not null,
    constraint analysis_run_key_unique unique (run_key)
);

-- A cohort's figures as they stood on a day (see io.parallax.ejb.analysis.CohortRollup).
create table cohort_snapshot (
    id                     uuid             not null primary key,
    tenant_id              varchar(64)      not null references school (id),
    cohort_id              uuid             not null references cohort (id),
    taken_on               date             not null,
    trainees               integer          not null,
    client_sessions        integer          not null,
    client_score           double precision,
    supervision_sessions   integer          not null,
    supervision_score      double precision,
    focus_clear            double precision,
    outcome_clear          double precision,
    approach_clear         double precision,
    participation_clear    double precision,
    drift_rate             double precision,
    signals_none           integer          not null,
    signals_possible       integer          not null,
    signals_likely         integer          not null,
    modelling_effect       double precision,
    stage_distribution     varchar(400)     not null,
    version                bigint           not null,
    constraint cohort_snapshot_day_unique unique (tenant_id, cohort_id, taken_on)
);

-- A report export requested by a member: produced in the background, progress 0-100, the file
-- kept in the row until it is downloaded or replaced (the same file for every instance).
create table report_export (
    id             uuid          not null primary key,
    tenant_id      varchar(64)   not null references school (id),
    requested_by   varchar(64)   not null,
    cohort_id      uuid          not null references cohort (id),
    format         varchar(8)    not null,
    status         varchar(16)   not null,
    progress       integer       not null,
    file_name      varchar(200),
    content        bytea,
    failure        varchar(500),
    requested_at   timestamp with time zone not null,
    finished_at    timestamp with time zone,
    version        bigint        not null,
    constraint report_export_format_check check (format in ('CSV', 'XLSX', 'PDF')),
    constraint report_export_status_check check (status in ('QUEUED', 'RUNNING', 'READY', 'FAILED')),
    constraint report_export_progress_check check (progress between 0 and 100)
);
create index report_export_tenant_requester_idx on report_export (tenant_id, requested_by, requested_at);

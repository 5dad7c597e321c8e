-- Supervisor approval (issue 17, item 3): a trainee submits a period of their log to the
-- supervisor assigned for the whole period, who approves or returns it. Only hours in an approved
-- period count toward a requirement. Portable SQL: the same script runs on H2 and PostgreSQL.
create table hour_submission (
    id            uuid          not null primary key,
    tenant_id     varchar(64)   not null references school (id),
    trainee_id    uuid          not null references person (id),
    supervisor_id uuid          not null references person (id),
    from_on       date          not null,
    to_on         date          not null,
    status        varchar(16)   not null,
    submitted_at  timestamp with time zone not null,
    decided_at    timestamp with time zone,
    reopened_at   timestamp with time zone,
    comment       varchar(2000),
    version       bigint        not null,
    constraint hour_submission_period_check check (to_on >= from_on),
    constraint hour_submission_status_check
        check (status in ('PENDING', 'APPROVED', 'RETURNED', 'REOPENED'))
);
create index hour_submission_tenant_trainee_idx on hour_submission (tenant_id, trainee_id, from_on);
create index hour_submission_tenant_supervisor_idx on hour_submission (tenant_id, supervisor_id, status);

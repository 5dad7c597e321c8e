-- Schools (the tenants) and how they organise people. Every school-owned table carries
-- tenant_id referencing school(id) and a version for optimistic locking.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

create table school (
    id       varchar(64)  not null primary key,
    name     varchar(120) not null,
    status   varchar(16)  not null,
    version  bigint       not null,
    constraint school_status_check check (status in ('ACTIVE', 'SUSPENDED'))
);

create table program (
    id          uuid         not null primary key,
    tenant_id   varchar(64)  not null references school (id),
    name        varchar(120) not null,
    description varchar(500),
    status      varchar(16)  not null,
    version     bigint       not null,
    constraint program_status_check check (status in ('OPEN', 'ARCHIVED'))
);
create index program_tenant_idx on program (tenant_id);

create table cohort (
    id         uuid         not null primary key,
    tenant_id  varchar(64)  not null references school (id),
    program_id uuid         not null references program (id),
    name       varchar(120) not null,
    starts_on  date         not null,
    ends_on    date,
    status     varchar(16)  not null,
    version    bigint       not null,
    constraint cohort_status_check check (status in ('OPEN', 'ARCHIVED')),
    constraint cohort_dates_check check (ends_on is null or ends_on >= starts_on)
);
create index cohort_tenant_starts_idx on cohort (tenant_id, starts_on);

create table person (
    id                        uuid         not null primary key,
    tenant_id                 varchar(64)  not null references school (id),
    subject                   varchar(64)  not null,
    display_name              varchar(120) not null,
    email                     varchar(254) not null,
    roles                     varchar(64)  not null,
    initial_training_ended_on date,
    status                    varchar(16)  not null,
    version                   bigint       not null,
    constraint person_status_check check (status in ('ACTIVE', 'DEACTIVATED')),
    constraint person_roles_check check (roles <> ''),
    constraint person_subject_unique unique (tenant_id, subject),
    constraint person_email_unique unique (tenant_id, email)
);

create table enrolment (
    id          uuid        not null primary key,
    tenant_id   varchar(64) not null references school (id),
    cohort_id   uuid        not null references cohort (id),
    trainee_id  uuid        not null references person (id),
    enrolled_on date        not null,
    version     bigint      not null,
    constraint enrolment_unique unique (cohort_id, trainee_id)
);
create index enrolment_tenant_trainee_idx on enrolment (tenant_id, trainee_id);

create table supervisor_assignment (
    id            uuid        not null primary key,
    tenant_id     varchar(64) not null references school (id),
    supervisor_id uuid        not null references person (id),
    trainee_id    uuid        not null references person (id),
    starts_on     date        not null,
    ends_on       date,
    version       bigint      not null,
    constraint assignment_dates_check check (ends_on is null or ends_on >= starts_on),
    constraint assignment_not_self_check check (supervisor_id <> trainee_id)
);
create index assignment_tenant_supervisor_idx on supervisor_assignment (tenant_id, supervisor_id, trainee_id);

create table audit_event (
    id            uuid        not null primary key,
    tenant_id     varchar(64) not null references school (id),
    actor_subject varchar(64) not null,
    action        varchar(8)  not null,
    record_type   varchar(64) not null,
    record_id     uuid        not null,
    occurred_at   timestamp with time zone not null,
    version       bigint      not null,
    constraint audit_action_check check (action in ('READ', 'CREATE', 'UPDATE', 'DELETE'))
);
create index audit_tenant_record_idx on audit_event (tenant_id, record_id, occurred_at);

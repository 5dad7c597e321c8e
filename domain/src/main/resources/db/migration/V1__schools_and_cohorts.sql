-- Schools are the tenants; every school-owned table carries tenant_id referencing school(id).
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

create table school (
    id       varchar(64)  not null primary key,
    name     varchar(120) not null,
    status   varchar(16)  not null,
    version  bigint       not null,
    constraint school_status_check check (status in ('ACTIVE', 'SUSPENDED'))
);

create table cohort (
    id         uuid         not null primary key,
    tenant_id  varchar(64)  not null references school (id),
    name       varchar(120) not null,
    starts_on  date         not null,
    ends_on    date,
    status     varchar(16)  not null,
    version    bigint       not null,
    constraint cohort_status_check check (status in ('OPEN', 'ARCHIVED')),
    constraint cohort_dates_check check (ends_on is null or ends_on >= starts_on)
);

create index cohort_tenant_starts_idx on cohort (tenant_id, starts_on);

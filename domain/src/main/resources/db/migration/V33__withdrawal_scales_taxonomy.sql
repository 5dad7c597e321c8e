-- A trainee's withdrawal from a cohort (the day and why), descriptions of the levels of a school's
-- own developmental scale, and retired core-issue kinds (no longer offered on new records).
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

alter table enrolment add column ended_on date;
alter table enrolment add column end_reason varchar(500);
alter table enrolment add constraint enrolment_ended_check
    check (ended_on is null or (ended_on >= enrolled_on and end_reason is not null));

alter table core_issue_type add column retired boolean default false not null;

create table developmental_scale_level (
    scale_id    uuid         not null references developmental_scale (id),
    level       varchar(20)  not null,
    description varchar(500) not null,
    primary key (scale_id, level)
);

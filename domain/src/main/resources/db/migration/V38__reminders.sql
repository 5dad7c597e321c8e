-- Reminders by e-mail (issue 17, item 4): a school's reminder settings, each member's switches and
-- language, and what was sent (so nobody is reminded twice for the same thing in the same period,
-- and a rerun sends nothing). Portable SQL: the same script runs on H2 and PostgreSQL.

-- A school's settings; no row: the defaults (14 days without a client session, 7 days waiting).
create table reminder_policy (
    id            uuid        not null primary key,
    tenant_id     varchar(64) not null references school (id),
    idle_days     integer     not null,
    waiting_days  integer     not null,
    version       bigint      not null,
    constraint reminder_policy_school_key unique (tenant_id),
    constraint reminder_policy_idle_check check (idle_days between 1 and 365),
    constraint reminder_policy_waiting_check check (waiting_days between 1 and 365)
);

-- A member's switches (no row: every reminder on) and the language their mails are written in.
create table reminder_choice (
    id          uuid        not null primary key,
    tenant_id   varchar(64) not null references school (id),
    person_id   uuid        not null references person (id),
    idle_on     boolean     not null,
    waiting_on  boolean     not null,
    digest_on   boolean     not null,
    language    varchar(16) not null,
    version     bigint      not null,
    constraint reminder_choice_person_key unique (tenant_id, person_id)
);

-- One row per reminder sent: the person, the kind and the period it was for. The unique key makes
-- a second send of the same reminder in the same period fail, whichever node tries it.
create table reminder_sent (
    id          uuid        not null primary key,
    tenant_id   varchar(64) not null references school (id),
    person_id   uuid        not null references person (id),
    kind        varchar(32) not null,
    period_key  varchar(80) not null,
    sent_at     timestamp with time zone not null,
    version     bigint      not null,
    constraint reminder_sent_once_key unique (tenant_id, person_id, kind, period_key),
    constraint reminder_sent_kind_check
        check (kind in ('IDLE_TRAINEE', 'WAITING_SUBMISSIONS', 'READINESS_DIGEST'))
);

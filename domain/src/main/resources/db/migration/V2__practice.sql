-- A trainee coach's practice: pseudonymous clients, engagement contracts, client sessions.
-- Every table carries tenant_id referencing school(id) and a version for optimistic locking.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

create table client (
    id            uuid        not null primary key,
    tenant_id     varchar(64) not null references school (id),
    trainee_id    uuid        not null references person (id),
    code          varchar(24) not null,
    payment_basis varchar(16) not null,
    sponsored     boolean     not null,
    version       bigint      not null,
    constraint client_payment_basis_check check (payment_basis in ('PAID', 'PRO_BONO')),
    constraint client_code_check check (code <> '' and code not like '%@%'),
    constraint client_code_unique unique (tenant_id, trainee_id, code)
);

create table engagement_contract (
    id             uuid          not null primary key,
    tenant_id      varchar(64)   not null references school (id),
    client_id      uuid          not null references client (id),
    administrative varchar(1000),
    professional   varchar(1000),
    psychological  varchar(1000),
    three_cornered boolean       not null,
    sponsor        varchar(120),
    integrity      varchar(16)   not null,
    agreed_on      date          not null,
    version        bigint        not null,
    constraint engagement_contract_integrity_check
        check (integrity in ('SOUND', 'ADEQUATE', 'QUESTIONABLE', 'BROKEN')),
    constraint engagement_contract_sponsor_check
        check ((three_cornered = true and sponsor is not null)
            or (three_cornered = false and sponsor is null))
);
create index engagement_contract_tenant_client_idx on engagement_contract (tenant_id, client_id, agreed_on);

create table practice_session (
    id                     uuid          not null primary key,
    tenant_id              varchar(64)   not null references school (id),
    trainee_id             uuid          not null references person (id),
    client_id              uuid          not null references client (id),
    held_on                date          not null,
    minutes                integer       not null,
    payment_basis          varchar(16)   not null,
    focus_rating           varchar(8)    not null,
    outcome_rating         varchar(8)    not null,
    approach_rating        varchar(8)    not null,
    participation_rating   varchar(8)    not null,
    focus_evidence         varchar(280),
    outcome_evidence       varchar(280),
    approach_evidence      varchar(280),
    participation_evidence varchar(280),
    drift_markers          varchar(80)   not null,
    recontracting_count    integer       not null,
    recontracting_note     varchar(500),
    responsibility_share   integer       not null,
    drama_role             varchar(16),
    reflection             varchar(4000),
    deleted_at             timestamp with time zone,
    version                bigint        not null,
    constraint practice_session_minutes_check check (minutes between 1 and 600),
    constraint practice_session_payment_basis_check check (payment_basis in ('PAID', 'PRO_BONO')),
    constraint practice_session_focus_check check (focus_rating in ('ABSENT', 'PARTIAL', 'CLEAR')),
    constraint practice_session_outcome_check check (outcome_rating in ('ABSENT', 'PARTIAL', 'CLEAR')),
    constraint practice_session_approach_check check (approach_rating in ('ABSENT', 'PARTIAL', 'CLEAR')),
    constraint practice_session_participation_check
        check (participation_rating in ('ABSENT', 'PARTIAL', 'CLEAR')),
    constraint practice_session_recontracting_check check (recontracting_count between 0 and 50),
    constraint practice_session_recontracting_note_check
        check (recontracting_note is null or recontracting_count > 0),
    constraint practice_session_responsibility_check check (responsibility_share between 0 and 100),
    constraint practice_session_drama_role_check
        check (drama_role is null or drama_role in ('RESCUER', 'VICTIM', 'PERSECUTOR'))
);
-- the analysis reads a trainee's sessions over a window, and a school's sessions per period
create index practice_session_tenant_trainee_held_idx on practice_session (tenant_id, trainee_id, held_on);
create index practice_session_tenant_held_idx on practice_session (tenant_id, held_on);
create index practice_session_tenant_client_idx on practice_session (tenant_id, client_id);

-- Supervision sessions and assessments of trainee coaches, with the school's core-issue taxonomy
-- and developmental scales. Every table carries tenant_id referencing school(id) and a version for
-- optimistic locking. Lists of linked records (cases discussed, evidence sessions) are plain
-- comma-separated ids without foreign keys: the row keeps its whole content and its tenant.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

create table core_issue_type (
    id          uuid         not null primary key,
    tenant_id   varchar(64)  not null references school (id),
    code        varchar(40)  not null,
    label       varchar(120) not null,
    description varchar(500),
    built_in    boolean      not null,
    version     bigint       not null,
    constraint core_issue_type_code_check check (code <> '' and code not like '%,%'),
    constraint core_issue_type_code_unique unique (tenant_id, code)
);

create table developmental_scale (
    id             uuid         not null primary key,
    tenant_id      varchar(64)  not null references school (id),
    kind           varchar(16)  not null,
    name           varchar(120) not null,
    levels         varchar(200) not null,
    school_default boolean      not null,
    version        bigint       not null,
    constraint developmental_scale_kind_check
        check (kind in ('IDM', 'EMCC', 'ICF', 'ENTRUSTMENT', 'CUSTOM')),
    constraint developmental_scale_levels_check check (levels like '%_,_%')
);
create index developmental_scale_tenant_idx on developmental_scale (tenant_id);

create table supervision_session (
    id                         uuid          not null primary key,
    tenant_id                  varchar(64)   not null references school (id),
    supervisor_id              uuid          not null references person (id),
    supervisee_id              uuid          not null references person (id),
    held_on                    date          not null,
    minutes                    integer       not null,
    format                     varchar(16)   not null,
    focus_rating               varchar(8)    not null,
    outcome_rating             varchar(8)    not null,
    approach_rating            varchar(8)    not null,
    participation_rating       varchar(8)    not null,
    focus_evidence             varchar(280),
    outcome_evidence           varchar(280),
    approach_evidence          varchar(280),
    participation_evidence     varchar(280),
    drift_markers              varchar(80)   not null,
    seven_eyed_modes           varchar(120)  not null,
    normative                  integer       not null,
    formative                  integer       not null,
    restorative                integer       not null,
    core_issues                varchar(400)  not null,
    parallel_process_dynamic   varchar(500),
    parallel_process_direction varchar(8),
    parallel_process_named     boolean,
    modelled_contracting       boolean       not null,
    cases_discussed            varchar(2000) not null,
    notes                      varchar(4000),
    version                    bigint        not null,
    constraint supervision_session_not_self_check check (supervisor_id <> supervisee_id),
    constraint supervision_session_minutes_check check (minutes between 1 and 600),
    constraint supervision_session_format_check check (format in ('INDIVIDUAL', 'GROUP')),
    constraint supervision_session_focus_check check (focus_rating in ('ABSENT', 'PARTIAL', 'CLEAR')),
    constraint supervision_session_outcome_check check (outcome_rating in ('ABSENT', 'PARTIAL', 'CLEAR')),
    constraint supervision_session_approach_check check (approach_rating in ('ABSENT', 'PARTIAL', 'CLEAR')),
    constraint supervision_session_participation_check
        check (participation_rating in ('ABSENT', 'PARTIAL', 'CLEAR')),
    constraint supervision_session_proctor_check
        check (normative between 0 and 100 and formative between 0 and 100
            and restorative between 0 and 100 and normative + formative + restorative = 100),
    constraint supervision_session_direction_check
        check (parallel_process_direction is null or parallel_process_direction in ('UPWARD', 'DOWNWARD')),
    -- an observation is whole (dynamic, direction, named or not) or absent
    constraint supervision_session_observation_check
        check ((parallel_process_dynamic is null and parallel_process_direction is null
                and parallel_process_named is null)
            or (parallel_process_dynamic is not null and parallel_process_direction is not null
                and parallel_process_named is not null))
);
-- the analysis reads a supervisee's sessions over a window, a supervisor's, and a school's per period
create index supervision_session_tenant_supervisee_held_idx on supervision_session (tenant_id, supervisee_id, held_on);
create index supervision_session_tenant_supervisor_held_idx on supervision_session (tenant_id, supervisor_id, held_on);
create index supervision_session_tenant_held_idx on supervision_session (tenant_id, held_on);

create table contracting_assessment (
    id                  uuid          not null primary key,
    tenant_id           varchar(64)   not null references school (id),
    supervisor_id       uuid          not null references person (id),
    trainee_id          uuid          not null references person (id),
    assessed_on         date          not null,
    focus_grade         integer       not null,
    outcome_grade       integer       not null,
    approach_grade      integer       not null,
    participation_grade integer       not null,
    evidence_sessions   varchar(2000) not null,
    comment             varchar(2000),
    shared_with_trainee boolean       not null,
    signed_off_at       timestamp with time zone,
    version_number      integer       not null,
    previous_version_id uuid          references contracting_assessment (id),
    version             bigint        not null,
    constraint contracting_assessment_not_self_check check (supervisor_id <> trainee_id),
    constraint contracting_assessment_grades_check
        check (focus_grade between 1 and 5 and outcome_grade between 1 and 5
            and approach_grade between 1 and 5 and participation_grade between 1 and 5),
    -- version 1 stands alone; every later version corrects the one before it, once
    constraint contracting_assessment_version_check
        check ((version_number = 1 and previous_version_id is null)
            or (version_number > 1 and previous_version_id is not null)),
    constraint contracting_assessment_previous_unique unique (previous_version_id)
);
create index contracting_assessment_tenant_trainee_idx on contracting_assessment (tenant_id, trainee_id, assessed_on);

create table stage_assessment (
    id                  uuid          not null primary key,
    tenant_id           varchar(64)   not null references school (id),
    supervisor_id       uuid          not null references person (id),
    trainee_id          uuid          not null references person (id),
    scale_id            uuid          not null references developmental_scale (id),
    domain              varchar(24)   not null,
    level               varchar(20)   not null,
    awareness           integer       not null,
    motivation          integer       not null,
    autonomy            integer       not null,
    rationale           varchar(2000) not null,
    suggested_stance    varchar(1000),
    assessed_on         date          not null,
    shared_with_trainee boolean       not null,
    signed_off_at       timestamp with time zone,
    version_number      integer       not null,
    previous_version_id uuid          references stage_assessment (id),
    version             bigint        not null,
    constraint stage_assessment_not_self_check check (supervisor_id <> trainee_id),
    constraint stage_assessment_domain_check
        check (domain in ('CONTRACTING', 'RELATIONSHIP', 'INTERVENTIONS', 'ETHICS', 'SELF_AWARENESS')),
    constraint stage_assessment_level_check check (level <> ''),
    constraint stage_assessment_sub_scores_check
        check (awareness between 1 and 5 and motivation between 1 and 5 and autonomy between 1 and 5),
    constraint stage_assessment_version_check
        check ((version_number = 1 and previous_version_id is null)
            or (version_number > 1 and previous_version_id is not null)),
    constraint stage_assessment_previous_unique unique (previous_version_id)
);
create index stage_assessment_tenant_trainee_idx on stage_assessment (tenant_id, trainee_id, assessed_on);
create index stage_assessment_tenant_scale_idx on stage_assessment (tenant_id, scale_id);

-- Supervisor calibration (issue 19): exercises graded blind by several supervisors, and their grades.
create table calibration_exercise (
    id                uuid          not null primary key,
    tenant_id         varchar(64)   not null references school (id),
    title             varchar(200)  not null,
    created_by        varchar(64)   not null,
    created_at        timestamp with time zone not null,
    deadline          date          not null,
    practice_sessions varchar(2000) not null,
    vignette          varchar(4000),
    transcript        varchar(4000),
    shows_ratings     boolean       not null,
    supervisors       varchar(2000) not null,
    version           bigint        not null,
    constraint calibration_exercise_material_check
        check (practice_sessions <> '' or vignette is not null)
);
create index calibration_exercise_tenant_deadline_idx on calibration_exercise (tenant_id, deadline);

create table calibration_grade (
    id                  uuid          not null primary key,
    tenant_id           varchar(64)   not null references school (id),
    exercise_id         uuid          not null references calibration_exercise (id),
    supervisor_id       uuid          not null references person (id),
    case_index          integer       not null,
    focus_grade         integer       not null,
    outcome_grade       integer       not null,
    approach_grade      integer       not null,
    participation_grade integer       not null,
    rationale           varchar(2000) not null,
    graded_at           timestamp with time zone not null,
    version             bigint        not null,
    constraint calibration_grade_grades_check
        check (focus_grade between 1 and 5 and outcome_grade between 1 and 5
            and approach_grade between 1 and 5 and participation_grade between 1 and 5),
    constraint calibration_grade_case_check check (case_index >= 0),
    constraint calibration_grade_once unique (exercise_id, supervisor_id, case_index)
);
create index calibration_grade_tenant_exercise_idx on calibration_grade (tenant_id, exercise_id);

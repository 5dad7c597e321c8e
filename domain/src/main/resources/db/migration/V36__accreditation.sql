-- Accreditation (issue 17, items 1 and 2): shipped standards, a school's own tracks, the track a
-- program leads to, group size on client sessions, mentor coaching and CPD entries.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

-- A credentialing body's requirements as shipped: shared by every school, read-only (no tenant).
-- A null figure: the track does not ask for it.
create table accreditation_standard (
    code                     varchar(32)  not null primary key,
    name                     varchar(120) not null,
    position                 integer      not null,
    source                   varchar(500) not null,
    source_date              date         not null,
    coaching_hours           integer      not null,
    paid_hours               integer,
    clients                  integer,
    recent_hours             integer,
    recent_months            integer,
    mentor_hours             integer,
    mentor_span_months       integer,
    mentor_one_to_one_hours  integer,
    practice_years           integer,
    supervision_every_months integer,
    cpd_hours_per_year       integer,
    max_group_hours          integer
);

-- Source of every figure below: the requirements as given in issue 17 of the Parallax tracker
-- ("these are what was found and may have changed"), entered on 2026-11-29. They were NOT checked
-- against the bodies' current published requirements (ICF: coachingfederation.org credential
-- requirements; EMCC: the EIA individual accreditation criteria); check them before relying on
-- them, and adjust a school's copy where they differ.
-- ICF ACC: 100 coaching hours, >= 75 paid, >= 8 clients, >= 25 hours in the last 18 months,
--   10 hours of mentor coaching over >= 3 months, >= 3 of them one-to-one.
-- ICF PCC: 500 hours, >= 450 paid, >= 25 clients, >= 50 hours in the last 18 months, the same
--   mentor coaching.
-- EMCC EIA Foundation / Practitioner / Senior Practitioner / Master Practitioner: 50/100/250/500
--   client hours, 5/10/20/40 clients, 1/3/5/7 years of practice, supervision at least quarterly;
--   the issue names CPD hours per year but gives no figure: left empty for the school to set.
insert into accreditation_standard (code, name, position, source, source_date, coaching_hours,
    paid_hours, clients, recent_hours, recent_months, mentor_hours, mentor_span_months,
    mentor_one_to_one_hours, practice_years, supervision_every_months, cpd_hours_per_year,
    max_group_hours) values
('ICF_ACC', 'ICF ACC', 1,
 'ICF ACC credential requirements as given in Parallax issue 17; check against ICF''s current published requirements.',
 DATE '2026-11-29', 100, 75, 8, 25, 18, 10, 3, 3, null, null, null, null),
('ICF_PCC', 'ICF PCC', 2,
 'ICF PCC credential requirements as given in Parallax issue 17; check against ICF''s current published requirements.',
 DATE '2026-11-29', 500, 450, 25, 50, 18, 10, 3, 3, null, null, null, null),
('EMCC_EIA_FOUNDATION', 'EMCC EIA Foundation', 3,
 'EMCC EIA Foundation criteria as given in Parallax issue 17; check against EMCC''s current published requirements. CPD hours per year: no figure given.',
 DATE '2026-11-29', 50, null, 5, null, null, null, null, null, 1, 3, null, null),
('EMCC_EIA_PRACTITIONER', 'EMCC EIA Practitioner', 4,
 'EMCC EIA Practitioner criteria as given in Parallax issue 17; check against EMCC''s current published requirements. CPD hours per year: no figure given.',
 DATE '2026-11-29', 100, null, 10, null, null, null, null, null, 3, 3, null, null),
('EMCC_EIA_SENIOR_PRACTITIONER', 'EMCC EIA Senior Practitioner', 5,
 'EMCC EIA Senior Practitioner criteria as given in Parallax issue 17; check against EMCC''s current published requirements. CPD hours per year: no figure given.',
 DATE '2026-11-29', 250, null, 20, null, null, null, null, null, 5, 3, null, null),
('EMCC_EIA_MASTER_PRACTITIONER', 'EMCC EIA Master Practitioner', 6,
 'EMCC EIA Master Practitioner criteria as given in Parallax issue 17; check against EMCC''s current published requirements. CPD hours per year: no figure given.',
 DATE '2026-11-29', 500, null, 40, null, null, null, null, null, 7, 3, null, null);

-- A school's own track: a copy of a standard (or of another track), its figures adjusted.
create table accreditation_track (
    id                       uuid         not null primary key,
    tenant_id                varchar(64)  not null references school (id),
    name                     varchar(120) not null,
    based_on                 varchar(32)  references accreditation_standard (code),
    coaching_hours           integer      not null,
    paid_hours               integer,
    clients                  integer,
    recent_hours             integer,
    recent_months            integer,
    mentor_hours             integer,
    mentor_span_months       integer,
    mentor_one_to_one_hours  integer,
    practice_years           integer,
    supervision_every_months integer,
    cpd_hours_per_year       integer,
    max_group_hours          integer,
    version                  bigint       not null,
    constraint accreditation_track_hours_check check (coaching_hours >= 1)
);
create index accreditation_track_tenant_idx on accreditation_track (tenant_id);

alter table program add column track_id uuid references accreditation_track (id);

alter table practice_session add column group_size integer default 1 not null;
alter table practice_session add constraint practice_session_group_size_check
    check (group_size between 1 and 30);

create table mentor_coaching (
    id          uuid         not null primary key,
    tenant_id   varchar(64)  not null references school (id),
    trainee_id  uuid         not null references person (id),
    mentor_name varchar(120) not null,
    held_on     date         not null,
    minutes     integer      not null,
    one_to_one  boolean      not null,
    version     bigint       not null,
    constraint mentor_coaching_minutes_check check (minutes between 1 and 600)
);
create index mentor_coaching_tenant_trainee_idx on mentor_coaching (tenant_id, trainee_id, held_on);

create table cpd_entry (
    id         uuid         not null primary key,
    tenant_id  varchar(64)  not null references school (id),
    trainee_id uuid         not null references person (id),
    held_on    date         not null,
    minutes    integer      not null,
    title      varchar(200) not null,
    version    bigint       not null,
    constraint cpd_entry_minutes_check check (minutes between 1 and 1440)
);
create index cpd_entry_tenant_trainee_idx on cpd_entry (tenant_id, trainee_id, held_on);

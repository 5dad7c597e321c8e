-- Supervision sessions their author revises, deletes softly and restores, and the participants of
-- a group session with the author's confidential note on each. A deleted session is kept (out of
-- lists and the analysis) until its author restores it. Portable SQL (H2 and PostgreSQL).

alter table supervision_session add column deleted_at timestamp with time zone;
alter table supervision_session add column revised_at timestamp with time zone;

create table supervision_participant (
    id             uuid          not null primary key,
    tenant_id      varchar(64)   not null references school (id),
    session_id     uuid          not null references supervision_session (id),
    participant_id uuid          not null references person (id),
    notes          varchar(4000),
    version        bigint        not null,
    constraint supervision_participant_unique unique (session_id, participant_id)
);
-- a participant's timeline reads the sessions they took part in
create index supervision_participant_tenant_participant_idx
    on supervision_participant (tenant_id, participant_id);

-- The audit trail becomes readable (by school, by member, by the platform admin) and a departed
-- member can be erased. Portable SQL: the same script runs on H2 and PostgreSQL.

-- a member's data export and a member's erasure are audited like any access
alter table audit_event drop constraint audit_action_check;
alter table audit_event add constraint audit_action_check
    check (action in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'ERASE'));
-- the audit page lists a school's events newest first, or one person's
create index audit_tenant_occurred_idx on audit_event (tenant_id, occurred_at);
create index audit_tenant_actor_idx on audit_event (tenant_id, actor_subject, occurred_at);

-- when a member was erased (personal fields replaced by a pseudonym); null for everyone else
alter table person add column erased_at timestamp with time zone;

-- what platform admins did across schools: onboard, suspend, reactivate, read a school or the list
create table platform_audit_event (
    id            uuid        not null primary key,
    actor_subject varchar(64) not null,
    action        varchar(16) not null,
    school_id     varchar(64),
    occurred_at   timestamp with time zone not null,
    version       bigint      not null,
    constraint platform_audit_action_check
        check (action in ('ONBOARD', 'SUSPEND', 'REACTIVATE', 'READ', 'LIST'))
);
create index platform_audit_occurred_idx on platform_audit_event (occurred_at);

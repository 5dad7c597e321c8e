-- A supervisor's decision on a submitted period, and a trainee's taking it back, are audited by
-- name (approved, returned, reopened) instead of as a plain change. Portable SQL (H2 and PostgreSQL).
alter table audit_event drop constraint audit_action_check;
alter table audit_event add constraint audit_action_check
    check (action in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'ERASE', 'APPROVE', 'RETURN',
                      'REOPEN'));

-- Once-per-cluster work is held through a lease: the instance that holds a run renews lease_until
-- while it works; when the lease runs out (its node died), another instance takes the run over.
alter table analysis_run add column lease_until timestamp with time zone;
update analysis_run set lease_until = started_at;
alter table analysis_run alter column lease_until set not null;

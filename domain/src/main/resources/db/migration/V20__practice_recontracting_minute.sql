-- the minute of the session a trainee re-contracted in (optional, with the count and the note)
alter table practice_session add column recontracting_minute integer;
alter table practice_session add constraint practice_session_recontracting_minute_check
    check (recontracting_minute is null or (recontracting_minute >= 0 and recontracting_count > 0));

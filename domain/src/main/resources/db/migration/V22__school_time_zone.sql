-- A school works in its own time zone: its "today" decides which dates are in the future. Null
-- means the school has not chosen one: Parallax's configured default (PARALLAX_TIME_ZONE, else UTC).
alter table school add column time_zone varchar(64);

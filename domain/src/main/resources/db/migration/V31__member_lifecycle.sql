-- Member lifecycle (issue 18): when the last invitation e-mail went out and when the member was
-- first seen to have followed it. Existing members keep both empty: they count as active.
alter table person add column invited_at timestamp with time zone;
alter table person add column joined_at timestamp with time zone;

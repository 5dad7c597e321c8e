-- The language the requester reads (a language tag such as de; null: English), kept with the
-- export so that whichever instance produces the file writes it in their words.
alter table report_export add column language varchar(16);

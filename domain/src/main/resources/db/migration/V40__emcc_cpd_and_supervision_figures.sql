-- EMCC EIA Foundation and Practitioner ask 16 hours of CPD a year (V36 left the figure empty: the
-- issue gave none). Source: EMCC Global APR, "Levels of accreditation for EIA"
-- (https://emccapr.org/accreditation-panels/levels-of-accreditation-for-eia/), as held by the
-- project's reference search on 2026-11-30 (not checked live): Foundation and Practitioner each
-- "16 hours/year of continuous professional development" and "1 hour/quarter of coach/mentor
-- supervision". The Senior and Master Practitioner figures were not in the text read: left empty for
-- a school to set. A school's own copies (accreditation_track) are theirs and stay as they are.
update accreditation_standard
   set cpd_hours_per_year = 16,
       source = source || ' CPD 16 hours a year and supervision 1 hour a quarter: EMCC Global APR, Levels of accreditation for EIA (emccapr.org), read 2026-11-30.',
       source_date = DATE '2026-11-30'
 where code in ('EMCC_EIA_FOUNDATION', 'EMCC_EIA_PRACTITIONER');

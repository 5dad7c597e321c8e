-- The ICF figures V36 entered from issue 17 were checked on 2026-11-30 against ICF's page
-- "Experience Requirements" (https://coachingfederation.org/experience-requirements), as held by
-- the project's reference search (not read live): ACC 100 hours (75 paid), at least 8 clients, at
-- least 25 hours in the 18 months before applying; PCC 500 hours (450 paid), at least 25 clients,
-- at least 50 hours in the 18 months. They match; only the source changes. Mentor coaching (10
-- hours, 3 of them one-to-one) as an ICF chapter's credentialing page states it (icfarok.org); the
-- span of at least 3 months is as issue 17 gives it. A school's own copies stay as they are.
update accreditation_standard
   set source = 'ICF Experience Requirements (coachingfederation.org/experience-requirements), checked 2026-11-30: 100 hours (75 paid), at least 8 clients, at least 25 hours in the last 18 months. Mentor coaching 10 hours, 3 one-to-one (ICF chapter page); the 3-month span as given in Parallax issue 17.',
       source_date = DATE '2026-11-30'
 where code = 'ICF_ACC';
update accreditation_standard
   set source = 'ICF Experience Requirements (coachingfederation.org/experience-requirements), checked 2026-11-30: 500 hours (450 paid), at least 25 clients, at least 50 hours in the last 18 months. Mentor coaching 10 hours, 3 one-to-one (ICF chapter page); the 3-month span as given in Parallax issue 17.',
       source_date = DATE '2026-11-30'
 where code = 'ICF_PCC';

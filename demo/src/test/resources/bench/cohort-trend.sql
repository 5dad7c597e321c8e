-- The cohort trend report's aggregate written by hand as one SQL statement (tenant filtered by
-- hand): per month, client and supervision sessions of the cohort's trainees, overall, by current
-- developmental level and by months since initial training: sessions, mean score, share CLEAR per
-- element, rate of each drift marker. The benchmark runs it in psql against the report.
with trainees as (
  select e.trainee_id from enrolment e where e.tenant_id = 'bench' and e.cohort_id = :cohort
), levels as (
  select distinct on (a.trainee_id) a.trainee_id, a.level
  from stage_assessment a
  where a.tenant_id = 'bench' and a.signed_off_at is not null and a.domain = 'CONTRACTING'
    and a.trainee_id in (select trainee_id from trainees)
    and not exists (select 1 from stage_assessment n
                    where n.previous_version_id = a.id and n.signed_off_at is not null)
  order by a.trainee_id, a.assessed_on desc
), sessions as (
  select 'CLIENT' as kind, s.held_on, s.trainee_id, s.focus_rating, s.outcome_rating,
         s.approach_rating, s.participation_rating, s.drift_markers, p.initial_training_ended_on
  from practice_session s join person p on p.id = s.trainee_id and p.tenant_id = 'bench'
  where s.tenant_id = 'bench' and s.deleted_at is null and s.held_on between :from and :to
    and s.trainee_id in (select trainee_id from trainees)
  union all
  select 'SUPERVISION', s.held_on, s.supervisee_id, s.focus_rating, s.outcome_rating,
         s.approach_rating, s.participation_rating, s.drift_markers, p.initial_training_ended_on
  from supervision_session s join person p on p.id = s.supervisee_id and p.tenant_id = 'bench'
  where s.tenant_id = 'bench' and s.held_on between :from and :to
    and s.supervisee_id in (select trainee_id from trainees)
), banded as (
  select s.*, coalesce(l.level, 'unassessed') as level,
         case when s.initial_training_ended_on is null or s.held_on < s.initial_training_ended_on then 'unknown'
              when s.held_on - s.initial_training_ended_on < 91 then '0-3'
              when s.held_on - s.initial_training_ended_on < 183 then '3-6'
              when s.held_on - s.initial_training_ended_on < 365 then '6-12'
              when s.held_on - s.initial_training_ended_on < 731 then '12-24'
              else '24+' end as band
  from sessions s left join levels l on l.trainee_id = s.trainee_id
)
select kind, date_trunc('month', held_on) as month, level, band, count(*) as sessions,
       avg(25 * ((case focus_rating when 'CLEAR' then 1 when 'PARTIAL' then 0.5 else 0 end)
               + (case outcome_rating when 'CLEAR' then 1 when 'PARTIAL' then 0.5 else 0 end)
               + (case approach_rating when 'CLEAR' then 1 when 'PARTIAL' then 0.5 else 0 end)
               + (case participation_rating when 'CLEAR' then 1 when 'PARTIAL' then 0.5 else 0 end))) as score,
       avg(case when focus_rating = 'CLEAR' then 1.0 else 0 end) as focus_clear,
       avg(case when outcome_rating = 'CLEAR' then 1.0 else 0 end) as outcome_clear,
       avg(case when approach_rating = 'CLEAR' then 1.0 else 0 end) as approach_clear,
       avg(case when participation_rating = 'CLEAR' then 1.0 else 0 end) as participation_clear,
       avg(case when drift_markers like '%STORYTELLING%' then 1.0 else 0 end) as storytelling,
       avg(case when drift_markers like '%CASUAL_CONVERSATION%' then 1.0 else 0 end) as casual,
       avg(case when drift_markers like '%TOPIC_HOPPING%' then 1.0 else 0 end) as topic_hopping,
       avg(case when drift_markers like '%CIRCLING%' then 1.0 else 0 end) as circling,
       avg(case when drift_markers <> '' then 1.0 else 0 end) as any_drift
from banded
group by grouping sets ((kind, month), (kind, month, level), (kind, month, band))
order by kind, month, level, band;

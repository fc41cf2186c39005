-- Fills the bench database with :n deputy suggestions (100,000 from run.sh), in SQL: spread over the
-- 2,000 deputies (and so the townships), over 330 days, and over every state of the loop, with two
-- departments for each one assigned and the lead department's answer for each one answered. Needs
-- seed-directory.sql first. A third of the closed ones are published.
begin;
insert into departments (name, contact)
select '基准单位' || g, '0571-8000' || lpad(g::text, 4, '0') from generate_series(1, 20) g;

insert into suggestions (number, number_year, number_seq, title, content, lead_deputy_id, region_path, sitting, state,
                         round, assigned_at, due_at, supervised_at, result_class, answered_at, answered_on_time, rating,
                         submitted_at, accepted_at, closed_at, published_at, created_at, updated_at)
select case when st.state not in ('SUBMITTED', 'NOT_ACCEPTED') then '2026-闭会第' || lpad(g::text, 6, '0') || '号' end,
       case when st.state not in ('SUBMITTED', 'NOT_ACCEPTED') then 2026 end,
       case when st.state not in ('SUBMITTED', 'NOT_ACCEPTED') then g end,
       (array['关于修缮村道的建议','关于增设路灯的建议','关于改善垃圾清运的建议','关于提高供水水压的建议','关于规范夜间施工的建议'])[1 + g % 5]
           || '（' || g || '）',
       '群众多次反映这一问题。建议有关部门统筹资金，列入年度计划，限期解决，并向群众公开进度。', d.id, d.region_path, null, st.state,
       1, t.at + interval '10 days', case when st.state in ('ASSIGNED', 'ANSWERED', 'CLOSED') then t.at + interval '100 days' end,
       case when st.state = 'ASSIGNED' and g % 7 = 0 then t.at + interval '101 days' end,
       case when st.state in ('ANSWERED', 'CLOSED') then (array['A','B','C'])[1 + g % 3] end,
       case when st.state in ('ANSWERED', 'CLOSED') then t.at + interval '60 days' end,
       case when st.state in ('ANSWERED', 'CLOSED') then g % 5 <> 0 end,
       case when st.state = 'CLOSED' then (array['SATISFIED','BASICALLY_SATISFIED','UNSATISFIED'])[1 + g % 3] end,
       t.at, case when st.state not in ('SUBMITTED', 'NOT_ACCEPTED') then t.at + interval '5 days' end,
       case when st.state in ('CLOSED', 'NOT_ACCEPTED') then t.at + interval '70 days' end,
       case when st.state = 'CLOSED' and g % 3 = 0 then t.at + interval '71 days' end,
       t.at, t.at
  from generate_series(1, :n) g
  join deputies d on d.id = (select min(id) from deputies) + g % 2000
  cross join lateral (select (array['SUBMITTED','ACCEPTED','ASSIGNED','ASSIGNED','ASSIGNED','ASSIGNED','ANSWERED','CLOSED','CLOSED',
                                     'NOT_ACCEPTED'])[1 + g % 10] as state) st
  cross join lateral (select now() - make_interval(days => g % 330) as at) t;

insert into suggestion_departments (suggestion_id, department_id, lead)
select s.id, (select min(id) from departments where name like '基准单位%') + s.id % 20, true
  from suggestions s where s.state in ('ASSIGNED', 'ANSWERED', 'CLOSED')
union all
select s.id, (select min(id) from departments where name like '基准单位%') + (s.id + 1) % 20, false
  from suggestions s where s.state in ('ASSIGNED', 'ANSWERED', 'CLOSED');

insert into suggestion_answers (suggestion_id, department_id, round, result_class, content, recorded_by, answered_at, on_time)
select s.id, sd.department_id, 1, s.result_class, '已列入年度计划，正在组织实施。', (select min(id) from users), s.answered_at, s.answered_on_time
  from suggestions s join suggestion_departments sd on sd.suggestion_id = s.id and sd.lead
 where s.state in ('ANSWERED', 'CLOSED');

insert into suggestion_events (suggestion_id, seq, type, state_before, state_after, actor_role, visibility, created_at)
select id, 1, 'SUBMITTED', 'DRAFT', 'SUBMITTED', 'LEAD_DEPUTY', 'PUBLIC', submitted_at from suggestions;
commit;
vacuum analyze suggestions;
vacuum analyze suggestion_departments;
vacuum analyze suggestion_answers;

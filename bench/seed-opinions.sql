-- Fills the bench database with :n opinions (1,000,000 by default from run.sh) and their events,
-- in SQL: generate_series, not HTTP. Needs seed-directory.sql first. 10,000 citizens submit them;
-- the bench citizen (openid bench-citizen-1) holds one in every ten thousand. A twelfth of the
-- answered ones are on the public board. An opinion is g % 330 days old and uses title template
-- (g / 330) % 10, so that every day holds every template, as real subjects are spread over time
-- (with g % 10 each day held one template, and a text search by deadline read whole days of others).
-- One transaction that holds the opinions: the running service's deadline sweep would otherwise
-- update seeded opinions while their events are inserted, and one of the two dies in a deadlock.
begin;
lock table opinions in exclusive mode;
-- The service writes each opinion straight into the GIN indexes of text (V9, V10); a bulk load is faster
-- batched through GIN's pending list, which the vacuum at the end empties.
alter index opinions_grams_idx set (fastupdate = on);
alter index opinions_quads_idx set (fastupdate = on);

insert into users (openid, roles, created_at, updated_at)
select 'bench-seed-' || g, 'CITIZEN', now(), now() from generate_series(1, 10000) g;
insert into users (openid, roles, created_at, updated_at) values ('bench-citizen-1', 'CITIZEN', now(), now())
on conflict do nothing;

insert into categories (name, sort_order)
select c, ord from unnest(array['道路交通','市政设施','环境卫生','供水供电','噪音污染','停车管理','教育','医疗医保','养老服务','绿化'])
       with ordinality as t(c, ord)
on conflict (name) do nothing;

insert into opinions (tracking_no, submitter_id, anonymous, confidential, consent_to_publish, station_id, region_path, kind,
                      category_id, deputy_id, title, content, state, flagged, accept_due_at, reply_due_at, due_at, accepted_at,
                      replied_at, first_replied_at, reply_working_days, replied_on_time, rating, supervised_at,
                      published_at, public_title, public_content, support_count, created_at, updated_at)
-- Numbers from 900000 up: the day's counter of real submissions starts at 1.
select 'SQ' || to_char(now() - make_interval(days => g % 330), 'YYYYMMDD') || '-' || lpad((900000 + g / 330)::text, 6, '0'),
       case when g % 10000 = 0 then (select id from users where openid = 'bench-citizen-1')
            else (select min(id) from users) + g % 10000 end,
       g % 7 = 0, g % 50 = 0, g % 3 = 0,
       s.id, s.region_path,
       (array['SUGGESTION','REQUEST','CONSULTATION','COMPLAINT','OTHER'])[1 + g % 5],
       (select min(id) from categories) + g % 10,
       case when st.state <> 'SUBMITTED' then (select min(id) from deputies) + g % 2000 end,
       (array['村口道路坑洼','小区路灯不亮','垃圾清运不及时','自来水水压低','夜间施工噪音','停车位紧张',
              '校门口拥堵','医保报销慢','养老服务少','绿地被占用'])[1 + (g / 330) % 10] || '（' || g || '）',
       '群众反映' || (array['村口道路坑洼','小区路灯不亮','垃圾清运不及时','自来水水压低','夜间施工噪音','停车位紧张',
                          '校门口拥堵','医保报销慢','养老服务少','绿地被占用'])[1 + (g / 330) % 10]
               || '，已持续' || (1 + g % 12) || '个月，希望有关部门尽快解决。编号' || g,
       st.state, g % 97 = 0,
       now() - make_interval(days => g % 330) + interval '2 days',
       case when st.state <> 'SUBMITTED' then now() - make_interval(days => g % 330) + interval '21 days' end,
       case when st.state in ('SUBMITTED') then now() - make_interval(days => g % 330) + interval '2 days'
            when st.state in ('ACCEPTED', 'IN_PROGRESS') then now() - make_interval(days => g % 330) + interval '21 days'
            else timestamptz '9999-12-31' end,
       case when st.state <> 'SUBMITTED' then now() - make_interval(days => g % 330) + interval '1 day' end,
       -- Answers still waiting for a rating are recent: older ones the sweep would close at once.
       case when st.state = 'REPLIED' then now() - make_interval(days => g % 6)
            when st.state = 'CLOSED' then now() - make_interval(days => g % 330) + interval '10 days' end,
       case when st.state in ('REPLIED', 'CLOSED') then now() - make_interval(days => g % 330) + interval '10 days' end,
       case when st.state in ('REPLIED', 'CLOSED') then 3 + g % 13 end,
       case when st.state in ('REPLIED', 'CLOSED') then g % 5 <> 0 end,
       case when st.state = 'CLOSED' then (array['SATISFIED','SATISFIED','BASICALLY_SATISFIED','UNSATISFIED'])[1 + g % 4] end,
       -- Missed deadlines are supervised already, as the sweep would have done.
       case when st.state = 'SUBMITTED' and g % 330 > 5 then now() - make_interval(days => g % 330) + interval '5 days'
            when st.state in ('ACCEPTED', 'IN_PROGRESS') and g % 330 > 24 then now() - make_interval(days => g % 330) + interval '24 days'
       end,
       case when st.state in ('REPLIED', 'CLOSED') and g % 3 = 0 and g % 50 <> 0 and g % 4 = 0
            then now() - make_interval(days => g % 330) + interval '12 days' end,
       (array['村口道路坑洼','小区路灯不亮','垃圾清运不及时','自来水水压低','夜间施工噪音','停车位紧张',
              '校门口拥堵','医保报销慢','养老服务少','绿地被占用'])[1 + (g / 330) % 10] || '（' || g || '）',
       '群众反映' || (array['村口道路坑洼','小区路灯不亮','垃圾清运不及时','自来水水压低','夜间施工噪音','停车位紧张',
                          '校门口拥堵','医保报销慢','养老服务少','绿地被占用'])[1 + (g / 330) % 10]
               || '，已持续' || (1 + g % 12) || '个月，希望有关部门尽快解决。编号' || g,
       g % 50,
       now() - make_interval(days => g % 330), now()
  from generate_series(1, :n) g
  join stations s on s.id = 1 + g % 144
  cross join lateral (select (array['SUBMITTED','SUBMITTED','SUBMITTED','ACCEPTED','ACCEPTED','IN_PROGRESS',
                                    'IN_PROGRESS','REPLIED','CLOSED','CLOSED'])[1 + (g / 7) % 10] as state) st;

insert into opinion_events (opinion_id, seq, type, state_after, actor_id, actor_role, visibility, created_at)
select id, 1, 'SUBMITTED', 'SUBMITTED', submitter_id, 'SUBMITTER', 'PUBLIC', created_at from opinions;
insert into opinion_events (opinion_id, seq, type, state_before, state_after, actor_role, visibility, created_at)
select id, 2, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', 'STAFF', 'PUBLIC', accepted_at from opinions where accepted_at is not null;
alter index opinions_grams_idx set (fastupdate = off);
alter index opinions_quads_idx set (fastupdate = off);
commit;
-- A table in service has had its vacuums: without one, the first measured lines share the machine
-- with autovacuum, and index-only scans still read the heap for visibility.
vacuum analyze;

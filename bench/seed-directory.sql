-- The reference county for the directory benchmarks: 29 townships, 114 villages, a station for each
-- of the 144 regions, and 2,000 deputies (as the spec's county has).
insert into regions (parent_id, code, name, kind, depth, path) values (null, 'BENCH', '基准县', 'COUNTY', 0, 'pending');
update regions set path = '/' || id || '/' where code = 'BENCH';
insert into regions (parent_id, code, name, kind, depth, path)
select c.id, 'BENCH-' || g, '第' || g || '镇', 'TOWNSHIP', 1, 'pending-' || g from regions c, generate_series(1, 29) g where c.code = 'BENCH';
insert into regions (parent_id, code, name, kind, depth, path)
select t.id, t.code || '-' || g, '第' || g || '村', 'VILLAGE', 2, 'pending-' || t.code || '-' || g
  from generate_series(1, 114) g join regions t on t.code = 'BENCH-' || (1 + g % 29);
update regions r set path = p.path || r.id || '/' from regions p where r.parent_id = p.id and p.depth = 0;
update regions r set path = p.path || r.id || '/' from regions p where r.parent_id = p.id and p.depth = 1;

insert into stations (region_id, region_path, level, name, address, latitude, longitude, opening_hours, phone,
                      introduction, rules, info_updated_at, created_at, updated_at)
select r.id, r.path,
       case r.kind when 'COUNTY' then 'COUNTY_CENTER' when 'VILLAGE' then 'VILLAGE_ROOM' else 'TOWNSHIP_STATION' end,
       r.name || '人大代表联络站', r.name || '人民路' || r.id || '号',
       30.20 + (r.id % 37) * 0.004, 120.10 + (r.id % 23) * 0.006, '周一至周五 8:30-17:00', '0571-8' || lpad(r.id::text, 6, '0'),
       '本站是' || r.name || '人大代表联系群众的固定场所。', '代表每月至少到站接待选民一次。', now(), now(), now()
  from regions r;

insert into deputies (name, gender, ethnicity, level, term, occupation, work_unit, biography, roster_key,
                      primary_station_id, region_path, created_at, updated_at)
select (array['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + g % 10] || '代表' || g,
       case when g % 2 = 0 then '男' else '女' end, '汉族', case when g <= 200 then 'COUNTY' else 'TOWNSHIP' end,
       '第十八届', '农民', '村委会', '长期扎根基层，热心为群众办实事。', 'BENCH-' || g, s.id, s.region_path, now(), now()
  from generate_series(1, 2000) g join stations s on s.id = 1 + g % 144;
insert into deputy_stations (deputy_id, station_id) select id, primary_station_id from deputies;
analyze;

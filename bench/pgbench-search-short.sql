-- As pgbench-search-rare.sql, for a rare word of one or two characters, read from the index of
-- characters and pairs (V9).
select * from (select o.id, o.tracking_no, o.state, o.kind, o.title, o.station_id, o.deputy_id, o.flagged, o.supervised_at, o.due_at, o.created_at
  from opinions o where opinion_grams(o.title, o.content) @> (:pieces)::text[]
   and (o.title like :pattern or o.content like :pattern) offset 0) o order by o.due_at, o.id limit 21;

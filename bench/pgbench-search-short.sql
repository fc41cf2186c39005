-- As pgbench-search.sql, for a term of one or two characters, which the index of characters and
-- pairs narrows (V9).
select o.id, o.tracking_no, o.state, o.kind, o.title, o.station_id, o.deputy_id, o.flagged, o.supervised_at, o.due_at, o.created_at
  from opinions o where true and opinion_grams(o.title, o.content) @> array[(:term)::text]
   and (o.title like :pattern or o.content like :pattern) order by o.due_at, o.id limit 21;

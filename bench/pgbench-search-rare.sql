-- As pgbench-search.sql, for a phrase with a rare piece: read from the index of runs of four
-- characters (V10) first, inside a fence, then sorted by deadline. :pieces is the rare pieces as an
-- array literal ({1234,2345,3457}).
select * from (select o.id, o.tracking_no, o.state, o.kind, o.title, o.station_id, o.deputy_id, o.flagged, o.supervised_at, o.due_at, o.created_at
  from opinions o where opinion_quads(o.title, o.content) @> (:pieces)::text[]
   and (o.title like :pattern or o.content like :pattern) offset 0) o order by o.due_at, o.id limit 21;

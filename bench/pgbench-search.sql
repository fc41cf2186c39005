-- The SQL of the staff queue's text search for an administrator (GET /api/v1/staff/opinions?q=…)
-- for a phrase whose pieces are common: it walks the deadline order. As the searches pool runs it:
-- prepared once and planned once, so run.sh starts pgbench with -M prepared and
-- plan_cache_mode=force_generic_plan. :pattern is the phrase between % signs.
select o.id, o.tracking_no, o.state, o.kind, o.title, o.station_id, o.deputy_id, o.flagged, o.supervised_at, o.due_at, o.created_at
  from opinions o where true and (o.title like :pattern or o.content like :pattern) order by o.due_at, o.id limit 21;

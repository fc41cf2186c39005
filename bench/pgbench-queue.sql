-- The SQL of an administrator's staff queue without filters (GET /api/v1/staff/opinions), prepared
-- and planned once per connection as the default pool runs it.
select o.id, o.tracking_no, o.state, o.kind, o.title, o.station_id, o.deputy_id, o.flagged, o.supervised_at, o.due_at, o.created_at
  from opinions o where true order by o.due_at, o.id limit 21;

-- The SQL of an administrator's suggestion queue without filters (GET /api/v1/staff/suggestions),
-- prepared and planned once per connection as the default pool runs it.
select id, number, title, state, lead_deputy_id, sitting, due_at, supervised_at, result_class, rating, round, submitted_at, due_key
  from suggestions where submitted_at is not null order by due_key, id limit 21;

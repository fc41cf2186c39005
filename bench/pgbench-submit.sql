-- The SQL transaction of one submission: claim the idempotency key, number the opinion, insert it
-- and its first event, store the answer.
\set k random(1, 1000000000)
\set s random(1, 144)
begin;
insert into idempotency_keys (scope, idem_key, request_hash, created_at)
values ('pgbench', 'k' || :k || '-' || random(), 'h', now()) on conflict do nothing;
insert into tracking_counters (day, last) values (current_date, 1)
on conflict (day) do update set last = tracking_counters.last + 1 returning last;
insert into opinions (tracking_no, submitter_id, anonymous, confidential, consent_to_publish, station_id, region_path, kind,
                      title, content, state, accept_due_at, due_at, created_at, updated_at)
select 'PG' || txid_current(), 1, false, false, true, id, region_path, 'SUGGESTION', '压力测试意见',
       '群众反映村口道路坑洼，雨天积水严重，希望尽快修缮。', 'SUBMITTED', now(), now(), now(), now()
  from stations where id = :s returning id \gset
select max(seq) from opinion_events where opinion_id = :id;
insert into opinion_events (opinion_id, seq, type, state_after, actor_id, actor_role, visibility, created_at)
values (:id, 1, 'SUBMITTED', 'SUBMITTED', 1, 'SUBMITTER', 'PUBLIC', now());
update idempotency_keys set answer = '{}' where scope = 'pgbench' and idem_key = 'k' || :k;
commit;

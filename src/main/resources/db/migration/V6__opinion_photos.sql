-- Where photos are attached to opinions (with the submission, a follow-up or a reply), so that
-- whoever may see the opinion may open its photos; before, only their uploader could. A reply's
-- photos are shown with the answer on the public board once the opinion is published.
create table opinion_photos (
    media_id    bigint not null references media (id),
    opinion_id  bigint not null references opinions (id),
    in_reply    boolean not null,
    primary key (media_id, opinion_id)
);

insert into opinion_photos (media_id, opinion_id, in_reply)
select cast(p as bigint), o.id, false
  from opinions o, unnest(string_to_array(nullif(o.photo_ids, ''), ',')) p
on conflict do nothing;

insert into opinion_photos (media_id, opinion_id, in_reply)
select cast(p as bigint), r.opinion_id, true
  from opinion_replies r, unnest(string_to_array(nullif(r.photo_ids, ''), ',')) p
on conflict do nothing;

-- A citizen's follow-up may carry photos too.
alter table opinion_events add column photo_ids varchar(200) not null default '';

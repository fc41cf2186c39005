-- Similar-opinion suggestions at a station showed open opinions that were not published, the title
-- redacted, a flagged one waiting for review among them: nothing unpublished may reach a public
-- answer. At a station they now read published titles only, like the board everywhere, from an index
-- of the station's public titles (SimilarOpinions.AT_STATION).
drop index opinions_similar_at_station_idx;

create index opinions_similar_at_station_idx on opinions using gist (station_id, public_title gist_trgm_ops (siglen = 32))
    where published_at is not null;

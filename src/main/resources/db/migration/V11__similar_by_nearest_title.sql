-- Similar-opinion suggestions (SimilarOpinions) show the five titles nearest to what a citizen types.
-- V4's GIN index could only list every public title over the similarity threshold, each then fetched,
-- compared and sorted: at a million opinions a common phrase's 2,250 titles took PostgreSQL 10 ms. At
-- a station the latest 1,000 visible opinions were compared one by one (3.5 ms). A GiST trigram index
-- walks its titles nearest first (<->) and stops at the fifth: 0.4 ms and 0.2 ms at that size.
-- A signature of 32 bytes rather than the default 12 keeps a title's trigrams apart (12 made the
-- board's walk read 234 pages instead of 53).
create extension if not exists btree_gist;

create index opinions_similar_published_idx on opinions using gist (public_title gist_trgm_ops (siglen = 32))
    where published_at is not null;

-- What the public may see at a station, as SimilarOpinions asks for it; btree_gist lets the station
-- lead the index.
create index opinions_similar_at_station_idx on opinions using gist (station_id, title gist_trgm_ops (siglen = 32))
    where published_at is not null
       or (state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED') and consent_to_publish and not confidential and not anonymous);

drop index opinions_public_title_trgm_idx;

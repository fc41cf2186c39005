-- Most Chinese words are two characters (路灯, 噪音, a village, a name), and a trigram index holds no
-- trigram for them: a search for one that few opinions hold read the whole table, 2 s at a million.
-- This index holds every character and every pair of neighbouring characters of an opinion's title
-- and content; the staff queue asks it for terms of one or two characters (StaffQueueFilter).
--
-- The function is one expression, so PostgreSQL inlines it and matches the query to the index.
-- Pairs are cut in two passes, from the first character and from the second; \x01 marks the cuts
-- (a text that holds \x01 loses the pairs beside it). A newline parts title from content, so no
-- pair spans the two; the query keeps its LIKE, which is what decides, and this only narrows.
create function opinion_grams(title text, content text) returns text[]
    language sql immutable parallel safe as $$
    select string_to_array(title || E'\n' || content, null)
        || array_remove(string_to_array(regexp_replace(title || E'\n' || content, '(..)', E'\\1\x01', 'g'), E'\x01'), '')
        || array_remove(string_to_array(regexp_replace(substr(title || E'\n' || content, 2), '(..)', E'\\1\x01', 'g'), E'\x01'), '')
$$;

-- No pending list, as the trigram indexes (V7): every search would read it in full.
create index opinions_grams_idx on opinions using gin (opinion_grams(title, content)) with (fastupdate = off);

-- The planner weighs a term by the index's statistics: common (路灯, a tenth of all) walks the
-- deadline order, rare reads the index. Without them it would guess until autovacuum next runs.
analyze opinions;

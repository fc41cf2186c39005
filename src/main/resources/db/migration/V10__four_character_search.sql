-- A phrase of four or more characters was found through the trigram indexes of title and content,
-- whose lists grow with the table: at a million opinions, a phrase in one of them took PostgreSQL
-- about 1.2 ms to find. This index holds every run of four neighbouring characters of title and
-- content, much rarer than a trigram, and the staff queue asks it for phrases of four or more
-- characters (OpinionQueries). Terms of three characters ask V9's index for their two pairs.
--
-- Built as V9's opinion_grams, in four passes from the first to the fourth character; the pieces
-- shorter than four at the end of each pass are never asked for.
create function opinion_quads(title text, content text) returns text[]
    language sql immutable parallel safe as $$
    select string_to_array(regexp_replace(title || E'\n' || content, '(....)', E'\\1\x01', 'g'), E'\x01')
        || string_to_array(regexp_replace(substr(title || E'\n' || content, 2), '(....)', E'\\1\x01', 'g'), E'\x01')
        || string_to_array(regexp_replace(substr(title || E'\n' || content, 3), '(....)', E'\\1\x01', 'g'), E'\x01')
        || string_to_array(regexp_replace(substr(title || E'\n' || content, 4), '(....)', E'\\1\x01', 'g'), E'\x01')
$$;

create index opinions_quads_idx on opinions using gin (opinion_quads(title, content)) with (fastupdate = off);

-- Nothing else reads them: the queue asks the gram indexes, similar opinions compare titles already
-- found by id, the board has its own index of public titles. Each also cost every submission a write.
drop index opinions_title_trgm_idx;
drop index opinions_content_trgm_idx;

-- The queue tells a common phrase from a rare one by these indexes' statistics (GramStatistics). The
-- default target lists pieces down to about 1% of opinions, above the 0.5% where walking the deadline
-- order stops paying; this one lists them down to about 0.1%.
alter index opinions_grams_idx alter column 1 set statistics 300;
alter index opinions_quads_idx alter column 1 set statistics 300;
analyze opinions;

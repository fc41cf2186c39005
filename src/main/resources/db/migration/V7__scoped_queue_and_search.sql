-- A staff member's queue, by deadline, within their region. Region ids are unique and a path is the
-- chain of ids from the root, so the opinions under the region at depth d are those whose path has
-- its id as component d + 2 ('/1/4/' is depth 1: component 3 is '4'). One index per depth serves
-- that equality in deadline order, and the queue reads exactly its page, whatever the scope: before,
-- it walked the whole county's deadline index and skipped the other townships' opinions.
-- Partial, so a depth that no region reaches holds no entries; deeper scopes are small enough to be
-- read by prefix (opinions_region_idx).
create index opinions_scope1_idx on opinions (split_part(region_path, '/', 3), due_at, id) where split_part(region_path, '/', 3) <> '';
create index opinions_scope2_idx on opinions (split_part(region_path, '/', 4), due_at, id) where split_part(region_path, '/', 4) <> '';
create index opinions_scope3_idx on opinions (split_part(region_path, '/', 5), due_at, id) where split_part(region_path, '/', 5) <> '';
create index opinions_scope4_idx on opinions (split_part(region_path, '/', 6), due_at, id) where split_part(region_path, '/', 6) <> '';

-- The trigram indexes behind text search. With GIN's fast update, new opinions wait in a pending
-- list of up to 4 MB that every search reads in full: after a busy hour a search for a phrase that
-- one opinion holds took 16 ms instead of 0.5. Opinions are searched far more often than they
-- arrive, so each is written into the index as it comes.
alter index opinions_title_trgm_idx set (fastupdate = off);
alter index opinions_content_trgm_idx set (fastupdate = off);
alter index opinions_public_title_trgm_idx set (fastupdate = off);
select gin_clean_pending_list('opinions_title_trgm_idx'::regclass),
       gin_clean_pending_list('opinions_content_trgm_idx'::regclass),
       gin_clean_pending_list('opinions_public_title_trgm_idx'::regclass);

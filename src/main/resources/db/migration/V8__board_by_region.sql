-- The public board of a region, newest first: as the staff queue's scope (V7), the region is one
-- component of the path, indexed here with the publication for depths one to four. Before, a
-- township's board walked the whole county's published opinions: 150 ms for one with none.
create index opinions_published_scope1_idx on opinions (split_part(region_path, '/', 3), published_at desc, id desc)
    where published_at is not null and split_part(region_path, '/', 3) <> '';
create index opinions_published_scope2_idx on opinions (split_part(region_path, '/', 4), published_at desc, id desc)
    where published_at is not null and split_part(region_path, '/', 4) <> '';
create index opinions_published_scope3_idx on opinions (split_part(region_path, '/', 5), published_at desc, id desc)
    where published_at is not null and split_part(region_path, '/', 5) <> '';
create index opinions_published_scope4_idx on opinions (split_part(region_path, '/', 6), published_at desc, id desc)
    where published_at is not null and split_part(region_path, '/', 6) <> '';

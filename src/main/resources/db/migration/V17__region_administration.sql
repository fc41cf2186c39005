-- Region administration: a region is deactivated, never deleted (old opinions, stations and scopes
-- keep pointing at it), and keeps the urban-rural class code (城乡分类代码) the statistics bureau
-- publishes for villages and communities.
alter table regions add column active boolean not null default true;
alter table regions add column urban_rural_code varchar(3);

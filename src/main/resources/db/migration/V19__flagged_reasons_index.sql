-- The sensitive-word page counts the opinions each word flagged: only opinions with review reasons
-- are read, a few among a million.
create index opinions_flag_reasons_idx on opinions (id) where flag_reasons is not null;

-- Wrong lookup codes tried against a confidential opinion, from every address together: past the
-- limit (LookupCodes) the code stops working until staff issue a new one.
alter table opinions add column lookup_failures integer not null default 0;

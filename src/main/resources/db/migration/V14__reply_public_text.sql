-- A reply's text as the public board shows it: written when the opinion is published (and for a
-- reply to a published opinion), with the submitter's name taken out when they chose to stay
-- anonymous, and again when they delete their account. Null: not published yet, or published before
-- this column, and then shown as written (phone and ID numbers are masked as the board reads it).
alter table opinion_replies add column public_content text;

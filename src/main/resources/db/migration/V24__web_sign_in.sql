-- The H5 page inside WeChat signs in with the official account's web authorisation, whose openid
-- differs from the mini-program's: it has its own column. The unionid, which WeChat gives both when
-- the two apps share an Open Platform account, makes them one citizen; unique so that two first
-- sign-ins at once (one from each app) cannot make two accounts of one person.
alter table users add column web_openid varchar(64);
create unique index users_web_openid_uidx on users (web_openid) where web_openid is not null;
create unique index users_unionid_uidx on users (unionid) where unionid is not null;

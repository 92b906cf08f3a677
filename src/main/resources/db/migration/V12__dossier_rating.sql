-- The applicant's rating of the service after a dossier is closed, as the Decision 766 satisfaction
-- index counts it: per criterion satisfied / acceptable / not satisfied, and a comment. One per dossier.
create table dossier_rating (
  dossier_code  varchar(64)   primary key,
  account       varchar(100)  not null,
  rated_at      timestamp(6) with time zone not null,
  answers       varchar(1000) not null,
  comment_text  varchar(2000)
);

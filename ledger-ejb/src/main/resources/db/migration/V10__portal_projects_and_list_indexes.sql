-- Portal project listings (natural-village and village pages) and the staff project list at scale.

-- Planned totals on the portal: the fund shares of a project are public once it has left DRAFT (they are
-- printed in its 项目申报公示 anyway).
GRANT SELECT ON project_fund_share TO '${portal_user}'@'%';
GRANT SELECT ON project_fund_share TO '${portal_user}'@'localhost';

-- A project links to its published notices: publication.notice_id -> notice.subject_id. Only these three
-- columns, never the working record's titles, drafts' periods, creators or supersession reasons.
GRANT SELECT (id, type, subject_id) ON notice TO '${portal_user}'@'%';
GRANT SELECT (id, type, subject_id) ON notice TO '${portal_user}'@'localhost';

-- The staff project list filters by year and status within a region subtree (village_code LIKE 'prefix%') and
-- counts the matches. With 50,000 projects (bench/run projects) EXPLAIN showed a full scan for the
-- prefecture's count and a walk of every row of a status for a county's; with these the count is a range of
-- one index and the page sorts only the matching rows.
CREATE INDEX ix_project_list_status ON project (status, year, village_code);
CREATE INDEX ix_project_list_year ON project (year, village_code);

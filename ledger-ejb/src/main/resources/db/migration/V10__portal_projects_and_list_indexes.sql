-- Portal project listings (natural-village and village pages) and the staff project list at scale.

-- Planned totals on the portal: the fund shares of a project are public once it has left DRAFT (they are
-- printed in its 项目申报公示 anyway).
GRANT SELECT ON project_fund_share TO '${portal_user}'@'%';
GRANT SELECT ON project_fund_share TO '${portal_user}'@'localhost';

-- A project links to its published notices: publication.notice_id -> notice.subject_id. Only these three
-- columns, never the working record's titles, drafts' periods, creators or supersession reasons.
GRANT SELECT (id, type, subject_id) ON notice TO '${portal_user}'@'%';
GRANT SELECT (id, type, subject_id) ON notice TO '${portal_user}'@'localhost';

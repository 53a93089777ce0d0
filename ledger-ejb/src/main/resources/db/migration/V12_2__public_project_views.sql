-- The portal reads projects only through these views: no DRAFT row, no non-public column (content, units,
-- people, creators, beneficiary counts stay in the ledger), and the name only as masked. Before this the portal
-- user could SELECT the whole project table, drafts and all.
ALTER TABLE project MODIFY public_name VARCHAR(200) NOT NULL;

CREATE VIEW public_project AS
  SELECT p.id, p.code, p.year, p.public_name AS name, p.status, p.village_code, p.start_month, p.end_month
  FROM project p
  WHERE p.status <> 'DRAFT';

CREATE VIEW public_project_natural_village AS
  SELECT nv.project_id, nv.natural_village_code
  FROM project_natural_village nv
  JOIN project p ON p.id = nv.project_id
  WHERE p.status <> 'DRAFT';

CREATE VIEW public_project_fund_share AS
  SELECT f.project_id, f.seq, f.source, f.amount
  FROM project_fund_share f
  JOIN project p ON p.id = f.project_id
  WHERE p.status <> 'DRAFT';

-- Which published notice is about which subject: read from publications only, never from the working notice
-- table (drafts included) as the column grant of V10 allowed.
CREATE VIEW public_notice_subject AS
  SELECT pub.notice_no, n.type, n.subject_id
  FROM publication pub
  JOIN notice n ON n.id = pub.notice_id;

GRANT SELECT ON public_project TO '${portal_user}'@'%';
GRANT SELECT ON public_project TO '${portal_user}'@'localhost';
GRANT SELECT ON public_project_natural_village TO '${portal_user}'@'%';
GRANT SELECT ON public_project_natural_village TO '${portal_user}'@'localhost';
GRANT SELECT ON public_project_fund_share TO '${portal_user}'@'%';
GRANT SELECT ON public_project_fund_share TO '${portal_user}'@'localhost';
GRANT SELECT ON public_notice_subject TO '${portal_user}'@'%';
GRANT SELECT ON public_notice_subject TO '${portal_user}'@'localhost';

REVOKE SELECT ON project FROM '${portal_user}'@'%';
REVOKE SELECT ON project FROM '${portal_user}'@'localhost';
REVOKE SELECT ON project_natural_village FROM '${portal_user}'@'%';
REVOKE SELECT ON project_natural_village FROM '${portal_user}'@'localhost';
REVOKE SELECT ON project_fund_share FROM '${portal_user}'@'%';
REVOKE SELECT ON project_fund_share FROM '${portal_user}'@'localhost';
REVOKE SELECT (id, type, subject_id) ON notice FROM '${portal_user}'@'%';
REVOKE SELECT (id, type, subject_id) ON notice FROM '${portal_user}'@'localhost';

-- The portal says which evidence a notice has (issue: notices that prove what they claim): the days its
-- village boards carried it, as recorded with a photo (张贴记录), and whether a policy document is only a
-- reference reposted from another region (转载/参考). Views, so the portal reads these facts and nothing else of
-- the working tables: never the photo, who recorded it, drafts or the document's body.
CREATE VIEW public_board_posting AS
  SELECT pub.notice_no, p.region_code, p.posted_on
  FROM notice_posting p
  JOIN publication pub ON pub.notice_id = p.notice_id
  WHERE p.photo IS NOT NULL;

CREATE VIEW public_reference_notice AS
  SELECT pub.notice_no
  FROM publication pub
  JOIN notice n ON n.id = pub.notice_id
  JOIN policy_document d ON n.type = 'POLICY' AND n.subject_id = CAST(d.id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci
  WHERE d.reference_only = TRUE;

GRANT SELECT ON public_board_posting TO '${portal_user}'@'%';
GRANT SELECT ON public_board_posting TO '${portal_user}'@'localhost';
GRANT SELECT ON public_reference_notice TO '${portal_user}'@'%';
GRANT SELECT ON public_reference_notice TO '${portal_user}'@'localhost';

-- The published notices about each asset, by the asset's id, for the portal's asset lists. The three asset notice
-- types name their subject differently (api.md and decisions.md): 资产确权移交公示 the asset, 资产处置公示 one of its
-- disposals, 资产经营主体变更公示 one proposal of a new operator (<asset id>-<event seq>). Each branch starts from the
-- asset's own rows, so a page's "asset_id IN (...)" is pushed into every branch and read through their indexes; only
-- published notices appear (from publication, never the working notice table's drafts).
CREATE VIEW public_asset_notice AS
  SELECT a.id AS asset_id, pub.notice_no, n.type
  FROM asset a
  JOIN notice n ON n.type = 'ASSET_HANDOVER'
    AND n.subject_id = CAST(a.id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci
  JOIN publication pub ON pub.notice_id = n.id
  UNION ALL
  SELECT d.asset_id, pub.notice_no, n.type
  FROM asset_disposal d
  JOIN notice n ON n.type = 'ASSET_DISPOSAL'
    AND n.subject_id = CAST(d.id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci
  JOIN publication pub ON pub.notice_id = n.id
  UNION ALL
  SELECT e.asset_id, pub.notice_no, n.type
  FROM asset_event e
  JOIN notice n ON n.type = 'ASSET_OPERATOR_CHANGE'
    AND n.subject_id = CAST(CONCAT(e.asset_id, '-', e.seq) AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci
  JOIN publication pub ON pub.notice_id = n.id
  WHERE e.kind = 'OPERATOR_CHANGE_PROPOSED';

GRANT SELECT ON public_asset_notice TO '${portal_user}'@'%';
GRANT SELECT ON public_asset_notice TO '${portal_user}'@'localhost';

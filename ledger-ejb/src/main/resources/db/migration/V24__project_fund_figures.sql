-- Projects use real money (issue 10, items 7 and 9).

-- 验收: the acceptance report's reference and each 绩效目标 indicator's actual value (绩效自评), written once with
-- the accept step. A project is accepted once (ACCEPTED is final), so the project is the key. The runtime user
-- gets no UPDATE or DELETE here (V13: insert-only unless a migration grants more), and the triggers refuse a change
-- by anyone: the 项目完成公告 quotes these values.
CREATE TABLE project_acceptance (
  project_id  BIGINT       NOT NULL,
  report_ref  VARCHAR(200) NOT NULL,
  recorded_at DATETIME(3)  NOT NULL,
  recorded_by VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_project_acceptance PRIMARY KEY (project_id),
  CONSTRAINT fk_project_acceptance_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT ck_project_acceptance_ref CHECK (CHAR_LENGTH(TRIM(report_ref)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- seq: the indicator's place in the project's list (project_indicator.seq), fixed since the project left DRAFT
CREATE TABLE project_indicator_actual (
  project_id BIGINT       NOT NULL,
  seq        INT          NOT NULL,
  actual     VARCHAR(100) NOT NULL,
  CONSTRAINT pk_project_indicator_actual PRIMARY KEY (project_id, seq),
  CONSTRAINT fk_project_indicator_actual FOREIGN KEY (project_id) REFERENCES project_acceptance (project_id),
  CONSTRAINT ck_project_indicator_actual CHECK (CHAR_LENGTH(TRIM(actual)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER project_acceptance_no_update BEFORE UPDATE ON project_acceptance FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded acceptance is immutable';
CREATE TRIGGER project_acceptance_no_delete BEFORE DELETE ON project_acceptance FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded acceptance is immutable';
CREATE TRIGGER project_indicator_actual_no_update BEFORE UPDATE ON project_indicator_actual FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded acceptance is immutable';
CREATE TRIGGER project_indicator_actual_no_delete BEFORE DELETE ON project_indicator_actual FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded acceptance is immutable';

-- What a villager checks, per public project: planned (its fund shares), allocated (net of reversals: what reached
-- the project and stayed there, paid or not) and disbursed (net of reversals) — sums of journal lines, never a
-- line, an entry, a payee or a voucher. Each side is grouped by project in a derived table, so a page that joins
-- the few projects it lists reads only their rows (MariaDB's split materialization over the project_id indexes).
CREATE VIEW public_project_funds AS
  SELECT p.id AS project_id,
         COALESCE(f.planned, 0.00) AS planned,
         COALESCE(j.allocated, 0.00) AS allocated,
         COALESCE(j.disbursed, 0.00) AS disbursed
  FROM project p
  LEFT JOIN (SELECT s.project_id, SUM(s.amount) AS planned
             FROM project_fund_share s GROUP BY s.project_id) f ON f.project_id = p.id
  LEFT JOIN (SELECT l.project_id,
                    SUM(l.debit - l.credit) AS allocated,
                    SUM(CASE WHEN l.account = 'PAID_TO_PAYEE' THEN l.debit - l.credit ELSE 0 END) AS disbursed
             FROM journal_line l
             WHERE l.account IN ('PROJECT_ALLOCATED', 'PAID_TO_PAYEE')
             GROUP BY l.project_id) j ON j.project_id = p.id
  WHERE p.status <> 'DRAFT';

GRANT SELECT ON public_project_funds TO '${portal_user}'@'%';
GRANT SELECT ON public_project_funds TO '${portal_user}'@'localhost';

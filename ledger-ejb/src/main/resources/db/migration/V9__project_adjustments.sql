-- Project library dynamics (domain.md §3): adjustments (调整) that go back through the approver who put the
-- project into the library, and the project's year on each step (a roll-over, 结转, moves it to next year).

-- A proposed adjustment: the full proposed record (JSON written by the application), the reason, and once
-- decided who applied or rejected it; an applied one keeps its changes (before → after, JSON) for the
-- annual plan notice's 计划调整情况. At most one pending adjustment per project, enforced here too.
CREATE TABLE project_adjustment (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  project_id     BIGINT        NOT NULL,
  county_code    VARCHAR(15)   NOT NULL,
  year           INT           NOT NULL,
  status         VARCHAR(20)   NOT NULL,
  proposal       MEDIUMTEXT    NOT NULL,
  reason         VARCHAR(1000) NULL,
  proposed_by    VARCHAR(64)   NOT NULL,
  proposed_at    DATETIME(3)   NOT NULL,
  project_status VARCHAR(30)   NULL,
  changes        MEDIUMTEXT    NULL,
  decided_by     VARCHAR(64)   NULL,
  decided_role   VARCHAR(40)   NULL,
  decided_at     DATETIME(3)   NULL,
  opinion        VARCHAR(2000) NULL,
  decision_ref   VARCHAR(200)  NULL,
  decided_on     DATE          NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  pending_project_id BIGINT AS (CASE WHEN status = 'PENDING' THEN project_id END) PERSISTENT,
  CONSTRAINT pk_project_adjustment PRIMARY KEY (id),
  CONSTRAINT fk_project_adjustment_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT ck_project_adjustment_status CHECK (status IN ('PENDING','APPLIED','REJECTED')),
  CONSTRAINT uq_project_adjustment_pending UNIQUE (pending_project_id),
  INDEX ix_project_adjustment_project (project_id, id),
  INDEX ix_project_adjustment_county_year (county_code, year, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The project's year when a step was taken: a roll-over's row keeps the year it left, so the annual plan
-- notice of that year can list it. Rows written before V9 have none.
ALTER TABLE project_transition ADD COLUMN project_year INT NULL;
CREATE INDEX ix_project_transition_action_year ON project_transition (action, project_year);

-- The figures the fund reports are measured against (issue 10 item 5), per year and region (a county or the
-- prefecture): the share of central 衔接资金 that should go to 产业发展 (national default 60%; a county may set 65%
-- or 70%) and the 项目管理费 caps in percent of central and provincial funds (defaults 1% and 3%). No row means
-- the prefecture's setting applies, or the defaults, which live in the code (ReportTargets). Rows change when a
-- bureau revises its target, so they are edited in place with optimistic locking and audited.
CREATE TABLE fund_report_target (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  region_code         VARCHAR(12)  NOT NULL,
  year                INT          NOT NULL,
  industry_share      DECIMAL(5,2) NOT NULL,
  central_fee_cap     DECIMAL(5,2) NOT NULL,
  provincial_fee_cap  DECIMAL(5,2) NOT NULL,
  updated_by          VARCHAR(64)  NOT NULL,
  updated_at          DATETIME(3)  NOT NULL,
  version             BIGINT       NOT NULL,
  CONSTRAINT pk_fund_report_target PRIMARY KEY (id),
  CONSTRAINT uq_fund_report_target UNIQUE (region_code, year),
  CONSTRAINT fk_fund_report_target_region FOREIGN KEY (region_code) REFERENCES region (code),
  CONSTRAINT ck_fund_report_target_share CHECK (industry_share BETWEEN 0 AND 100),
  CONSTRAINT ck_fund_report_target_central CHECK (central_fee_cap BETWEEN 0 AND 100),
  CONSTRAINT ck_fund_report_target_provincial CHECK (provincial_fee_cap BETWEEN 0 AND 100),
  CONSTRAINT ck_fund_report_target_year CHECK (year BETWEEN 2000 AND 2100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE fund_report_target_aud (
  id                  BIGINT       NOT NULL,
  rev                 BIGINT       NOT NULL,
  revtype             TINYINT      NULL,
  region_code         VARCHAR(12)  NULL,
  year                INT          NULL,
  industry_share      DECIMAL(5,2) NULL,
  central_fee_cap     DECIMAL(5,2) NULL,
  provincial_fee_cap  DECIMAL(5,2) NULL,
  updated_by          VARCHAR(64)  NULL,
  updated_at          DATETIME(3)  NULL,
  CONSTRAINT pk_fund_report_target_aud PRIMARY KEY (id, rev),
  CONSTRAINT fk_fund_report_target_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a revised target is an UPDATE of its row (the audit table keeps every earlier value, insert-only)
GRANT UPDATE ON fund_report_target TO '${runtime_user}'@'%';
GRANT UPDATE ON fund_report_target TO '${runtime_user}'@'localhost';

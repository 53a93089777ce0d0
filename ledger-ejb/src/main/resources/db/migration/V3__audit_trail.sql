-- Audit trail (Hibernate Envers): one revision per transaction that changed ledger data, with who made
-- it; one *_aud table per audited entity holding the full row after each change.
CREATE TABLE audit_revision (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  revised_at DATETIME(3) NOT NULL,
  username   VARCHAR(64) NOT NULL,
  role       VARCHAR(40) NULL,
  CONSTRAINT pk_audit_revision PRIMARY KEY (id),
  INDEX ix_audit_revision_user (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE region_aud (
  code                VARCHAR(15)  NOT NULL,
  rev                 BIGINT       NOT NULL,
  revtype             TINYINT      NULL,
  name                VARCHAR(100) NULL,
  level               VARCHAR(20)  NULL,
  parent_code         VARCHAR(15)  NULL,
  valid_from          DATE         NULL,
  valid_to            DATE         NULL,
  supervision_hotline VARCHAR(30)  NULL,
  demo                BOOLEAN      NULL,
  CONSTRAINT pk_region_aud PRIMARY KEY (code, rev),
  CONSTRAINT fk_region_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_aud (
  id           BIGINT       NOT NULL,
  rev          BIGINT       NOT NULL,
  revtype      TINYINT      NULL,
  username     VARCHAR(64)  NULL,
  display_name VARCHAR(100) NULL,
  role         VARCHAR(40)  NULL,
  region_code  VARCHAR(15)  NULL,
  phone        VARCHAR(20)  NULL,
  enabled      BOOLEAN      NULL,
  CONSTRAINT pk_app_user_aud PRIMARY KEY (id, rev),
  CONSTRAINT fk_app_user_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

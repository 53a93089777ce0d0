-- Policy documents and objections are ledger data that change (a document is corrected, an objection is
-- resolved): they get audit tables like regions and users. Published notices need none: they never change.
CREATE TABLE policy_document_aud (
  id             BIGINT       NOT NULL,
  rev            BIGINT       NOT NULL,
  revtype        TINYINT      NULL,
  region_code    VARCHAR(15)  NULL,
  title          VARCHAR(300) NULL,
  issuer         VARCHAR(200) NULL,
  doc_number     VARCHAR(100) NULL,
  issued_on      DATE         NULL,
  body           MEDIUMTEXT   NULL,
  reference_only BOOLEAN      NULL,
  source_name    VARCHAR(200) NULL,
  created_by     VARCHAR(64)  NULL,
  CONSTRAINT pk_policy_document_aud PRIMARY KEY (id, rev),
  CONSTRAINT fk_policy_document_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notice_objection_aud (
  id          BIGINT       NOT NULL,
  rev         BIGINT       NOT NULL,
  revtype     TINYINT      NULL,
  notice_id   BIGINT       NULL,
  received_on DATE         NULL,
  raised_by   VARCHAR(100) NULL,
  contact     VARCHAR(30)  NULL,
  content     TEXT         NULL,
  status      VARCHAR(20)  NULL,
  resolution  TEXT         NULL,
  resolved_on DATE         NULL,
  resolved_by VARCHAR(64)  NULL,
  recorded_by VARCHAR(64)  NULL,
  CONSTRAINT pk_notice_objection_aud PRIMARY KEY (id, rev),
  CONSTRAINT fk_notice_objection_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

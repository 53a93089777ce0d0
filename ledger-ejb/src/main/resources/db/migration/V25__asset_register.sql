-- The asset register (扶贫/帮扶项目资产, issue 11; domain.md §5): assets formed from accepted projects, each with its
-- source projects and shares, its 原值 split by project and fund source, its owners, its 移交书 and disposals, and an
-- append-only history of events. The asset row carries the current state (what the register lists and filters);
-- asset_event is the record of how it got there: insert-only for everyone (triggers) and for the runtime user
-- (no UPDATE/DELETE grant, V13's rule), so a step is never edited or deleted — a correction is a new event.

-- 资产分类: the classes of domain.md §5 and their sub-types, a code table an administrator may extend.
CREATE TABLE asset_category (
  code        VARCHAR(20)  NOT NULL,
  asset_class VARCHAR(20)  NOT NULL,
  name        VARCHAR(50)  NOT NULL,
  name_en     VARCHAR(100) NOT NULL,
  sort_order  INT          NOT NULL,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT pk_asset_category PRIMARY KEY (code),
  CONSTRAINT uq_asset_category_name UNIQUE (asset_class, name),
  CONSTRAINT ck_asset_category_class CHECK (asset_class IN ('OPERATING', 'PUBLIC_WELFARE', 'HOUSEHOLD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO asset_category (code, asset_class, name, name_en, sort_order) VALUES
  ('OP-BASE',       'OPERATING',      '产业基地',     'Industrial base', 10),
  ('OP-PROCESSING', 'OPERATING',      '加工设施',     'Processing facility', 20),
  ('OP-SOLAR',      'OPERATING',      '光伏电站',     'Photovoltaic station', 30),
  ('OP-WORKSHOP',   'OPERATING',      '帮扶车间',     'Assistance workshop', 40),
  ('OP-COLDCHAIN',  'OPERATING',      '冷链',         'Cold chain', 50),
  ('OP-EQUITY',     'OPERATING',      '股权/债权',    'Equity or claim', 60),
  ('PW-ROAD',       'PUBLIC_WELFARE', '道路',         'Road', 110),
  ('PW-WATER',      'PUBLIC_WELFARE', '水利',         'Water conservancy', 120),
  ('PW-DRINKING',   'PUBLIC_WELFARE', '饮水',         'Drinking water', 130),
  ('PW-SANITATION', 'PUBLIC_WELFARE', '环卫',         'Sanitation', 140),
  ('PW-SOCIAL',     'PUBLIC_WELFARE', '教育文化卫生', 'Education, culture and health', 150),
  ('PW-POWER',      'PUBLIC_WELFARE', '电力',         'Power', 160),
  ('HH-LIVESTOCK',  'HOUSEHOLD',      '牲畜',         'Livestock', 210),
  ('HH-EQUIPMENT',  'HOUSEHOLD',      '设备',         'Equipment', 220),
  ('HH-BUILDING',   'HOUSEHOLD',      '房屋',         'Building', 230);

CREATE TABLE asset (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  code                   VARCHAR(24)   NOT NULL,
  name                   VARCHAR(200)  NOT NULL,
  asset_class            VARCHAR(20)   NOT NULL,
  category_code          VARCHAR(20)   NOT NULL,
  quantity               DECIMAL(18,2) NULL,
  unit                   VARCHAR(20)   NULL,
  natural_village_code   VARCHAR(15)   NOT NULL,
  county_code            VARCHAR(15)   NOT NULL,
  formed_on              DATE          NOT NULL,
  original_value         DECIMAL(18,2) NOT NULL,
  value_entered          BOOLEAN       NOT NULL,
  stage                  VARCHAR(30)   NOT NULL,
  status                 VARCHAR(20)   NULL,
  owner_level            VARCHAR(20)   NULL,
  supervising_department VARCHAR(200)  NULL,
  operation_mode         VARCHAR(20)   NULL,
  operator               VARCHAR(200)  NULL,
  contract_from          DATE          NULL,
  contract_to            DATE          NULL,
  expected_annual_income DECIMAL(18,2) NULL,
  caretaker              VARCHAR(200)  NULL,
  four_batch             VARCHAR(20)   NULL,
  four_batch_measure     VARCHAR(1000) NULL,
  four_batch_on          DATE          NULL,
  last_event_on          DATE          NOT NULL,
  created_by             VARCHAR(64)   NOT NULL,
  created_at             DATETIME(3)   NOT NULL,
  CONSTRAINT pk_asset PRIMARY KEY (id),
  CONSTRAINT uq_asset_code UNIQUE (code),
  CONSTRAINT fk_asset_category FOREIGN KEY (category_code) REFERENCES asset_category (code),
  CONSTRAINT fk_asset_natural_village FOREIGN KEY (natural_village_code) REFERENCES region (code),
  CONSTRAINT ck_asset_class CHECK (asset_class IN ('OPERATING', 'PUBLIC_WELFARE', 'HOUSEHOLD')),
  CONSTRAINT ck_asset_value CHECK (original_value > 0),
  CONSTRAINT ck_asset_quantity CHECK (quantity IS NULL OR quantity > 0),
  CONSTRAINT ck_asset_income CHECK (expected_annual_income IS NULL OR expected_annual_income >= 0),
  CONSTRAINT ck_asset_contract CHECK (contract_to IS NULL OR contract_from IS NULL OR contract_to >= contract_from),
  CONSTRAINT ck_asset_stage CHECK (stage IN ('REGISTERED', 'OWNERSHIP_CONFIRMED', 'HANDOVER_SIGNED', 'HANDED_OVER',
                                             'DISPOSED')),
  -- 已处置 is the status of a disposed asset and of no other
  CONSTRAINT ck_asset_disposed CHECK ((stage = 'DISPOSED') = (COALESCE(status, '') = 'DISPOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- the register's filters: region subtree (a LIKE on the natural village's code), class, status
CREATE INDEX ix_asset_place ON asset (natural_village_code, id);
CREATE INDEX ix_asset_class ON asset (asset_class, natural_village_code);
CREATE INDEX ix_asset_status ON asset (status, natural_village_code);

-- 来源项目: the projects the asset formed from and each one's share of it (Σ share = 1, checked by the domain)
CREATE TABLE asset_source (
  asset_id   BIGINT       NOT NULL,
  project_id BIGINT       NOT NULL,
  share      DECIMAL(5,4) NOT NULL,
  CONSTRAINT pk_asset_source PRIMARY KEY (asset_id, project_id),
  CONSTRAINT fk_asset_source_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
  CONSTRAINT fk_asset_source_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT ck_asset_source_share CHECK (share > 0 AND share <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_asset_source_project ON asset_source (project_id);

-- 原值 by source project and fund source: the part of what each project actually disbursed that the asset carries
CREATE TABLE asset_value (
  asset_id   BIGINT        NOT NULL,
  project_id BIGINT        NOT NULL,
  source     VARCHAR(30)   NOT NULL,
  amount     DECIMAL(18,2) NOT NULL,
  CONSTRAINT pk_asset_value PRIMARY KEY (asset_id, project_id, source),
  CONSTRAINT fk_asset_value_source FOREIGN KEY (asset_id, project_id) REFERENCES asset_source (asset_id, project_id),
  CONSTRAINT ck_asset_value_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_asset_value_project ON asset_value (project_id);

-- 产权主体: the owners confirmed by the latest 确权 (replaced by the next one; the history keeps each in its event)
CREATE TABLE asset_owner (
  asset_id    BIGINT       NOT NULL,
  seq         INT          NOT NULL,
  entity_name VARCHAR(200) NOT NULL,
  region_code VARCHAR(15)  NULL,
  share       DECIMAL(5,4) NOT NULL,
  CONSTRAINT pk_asset_owner PRIMARY KEY (asset_id, seq),
  CONSTRAINT fk_asset_owner_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
  CONSTRAINT ck_asset_owner_share CHECK (share > 0 AND share <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 移交书: signed by the implementing unit, then confirmed (接收确认) by the receiving owner
CREATE TABLE asset_handover (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  asset_id              BIGINT        NOT NULL,
  from_unit             VARCHAR(200)  NOT NULL,
  to_owner              VARCHAR(200)  NOT NULL,
  asset_list            VARCHAR(2000) NOT NULL,
  acceptance_report_ref VARCHAR(200)  NOT NULL,
  archive_list          VARCHAR(2000) NOT NULL,
  handed_over_on        DATE          NOT NULL,
  booked_on             DATE          NOT NULL,
  signed_by             VARCHAR(64)   NOT NULL,
  signed_at             DATETIME(3)   NOT NULL,
  confirmed_by          VARCHAR(64)   NULL,
  confirmed_on          DATE          NULL,
  confirmed_at          DATETIME(3)   NULL,
  CONSTRAINT pk_asset_handover PRIMARY KEY (id),
  CONSTRAINT fk_asset_handover_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
  CONSTRAINT ck_asset_handover_booked CHECK (booked_on >= handed_over_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_asset_handover_asset ON asset_handover (asset_id);

-- 处置: proposed, then approved by the village, the township and the county (rural bureau and finance bureau both)
CREATE TABLE asset_disposal (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  asset_id           BIGINT        NOT NULL,
  method             VARCHAR(20)   NOT NULL,
  reason             VARCHAR(1000) NOT NULL,
  appraised_value    DECIMAL(18,2) NULL,
  proceeds_use       VARCHAR(1000) NULL,
  status             VARCHAR(30)   NOT NULL,
  rural_approved_by  VARCHAR(64)   NULL,
  finance_approved_by VARCHAR(64)  NULL,
  proceeds           DECIMAL(18,2) NULL,
  proposed_on        DATE          NOT NULL,
  proposed_by        VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_asset_disposal PRIMARY KEY (id),
  CONSTRAINT fk_asset_disposal_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
  CONSTRAINT ck_asset_disposal_method CHECK (method IN ('AUCTION', 'TRANSFER', 'CONVERSION', 'WRITE_OFF', 'SCRAP')),
  CONSTRAINT ck_asset_disposal_status CHECK (status IN ('PROPOSED', 'VILLAGE_APPROVED', 'TOWNSHIP_APPROVED',
                                                        'COUNTY_APPROVED', 'COMPLETED', 'RETURNED')),
  CONSTRAINT ck_asset_disposal_values CHECK ((appraised_value IS NULL OR appraised_value >= 0)
                                             AND (proceeds IS NULL OR proceeds >= 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_asset_disposal_asset ON asset_disposal (asset_id);

-- The asset's history: every step with its kind, business date, actor (user, name and role), the document it
-- rests on and its particulars as JSON. seq orders the asset's events; no event is dated before its predecessor.
CREATE TABLE asset_event (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  asset_id     BIGINT        NOT NULL,
  seq          INT           NOT NULL,
  kind         VARCHAR(40)   NOT NULL,
  event_date   DATE          NOT NULL,
  actor        VARCHAR(64)   NOT NULL,
  actor_name   VARCHAR(100)  NOT NULL,
  actor_role   VARCHAR(30)   NOT NULL,
  document_ref VARCHAR(200)  NULL,
  details      JSON          NOT NULL,
  recorded_at  DATETIME(3)   NOT NULL,
  CONSTRAINT pk_asset_event PRIMARY KEY (id),
  CONSTRAINT uq_asset_event_seq UNIQUE (asset_id, seq),
  CONSTRAINT fk_asset_event_asset FOREIGN KEY (asset_id) REFERENCES asset (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER asset_event_no_update BEFORE UPDATE ON asset_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'asset events are never edited: record a new event';
CREATE TRIGGER asset_event_no_delete BEFORE DELETE ON asset_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'asset events are never deleted: record a new event';
-- whatever the code does: no event dated before the asset's previous one, nothing after its disposal's completion
CREATE TRIGGER asset_event_in_order BEFORE INSERT ON asset_event FOR EACH ROW
BEGIN
  IF EXISTS (SELECT 1 FROM asset_event e WHERE e.asset_id = NEW.asset_id AND e.kind = 'DISPOSAL_COMPLETED') THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'nothing is recorded on a disposed asset';
  END IF;
  IF EXISTS (SELECT 1 FROM asset_event e WHERE e.asset_id = NEW.asset_id AND e.event_date > NEW.event_date) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an asset event may not be dated before the previous one';
  END IF;
END;
-- what an asset formed from and what it carries are fixed at formation
CREATE TRIGGER asset_source_no_update BEFORE UPDATE ON asset_source FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an asset''s source projects are fixed at formation';
CREATE TRIGGER asset_source_no_delete BEFORE DELETE ON asset_source FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an asset''s source projects are fixed at formation';
CREATE TRIGGER asset_value_no_update BEFORE UPDATE ON asset_value FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an asset''s 原值 is fixed at formation';
CREATE TRIGGER asset_value_no_delete BEFORE DELETE ON asset_value FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an asset''s 原值 is fixed at formation';

-- the current state changes with each step; the owners are replaced by a new 确权; a 移交书 is confirmed once;
-- a disposal moves along its chain. asset_event, asset_source and asset_value stay insert-only.
GRANT UPDATE ON asset TO '${runtime_user}'@'%';
GRANT UPDATE ON asset TO '${runtime_user}'@'localhost';
GRANT UPDATE ON asset_category TO '${runtime_user}'@'%';
GRANT UPDATE ON asset_category TO '${runtime_user}'@'localhost';
GRANT DELETE ON asset_owner TO '${runtime_user}'@'%';
GRANT DELETE ON asset_owner TO '${runtime_user}'@'localhost';
GRANT UPDATE (confirmed_by, confirmed_on, confirmed_at) ON asset_handover TO '${runtime_user}'@'%';
GRANT UPDATE (confirmed_by, confirmed_on, confirmed_at) ON asset_handover TO '${runtime_user}'@'localhost';
GRANT UPDATE (status, rural_approved_by, finance_approved_by, proceeds) ON asset_disposal TO '${runtime_user}'@'%';
GRANT UPDATE (status, rural_approved_by, finance_approved_by, proceeds) ON asset_disposal TO '${runtime_user}'@'localhost';

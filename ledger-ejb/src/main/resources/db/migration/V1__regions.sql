-- Administrative regions (行政区划), five levels. Codes are the national statistical division codes
-- (12 digits down to the administrative village, +3 digits for a natural village), so a region's subtree
-- is every code that starts with its level's prefix (see RegionCode).
CREATE TABLE region (
  code                VARCHAR(15)  NOT NULL,
  name                VARCHAR(100) NOT NULL,
  level               VARCHAR(20)  NOT NULL,
  parent_code         VARCHAR(15)  NULL,
  valid_from          DATE         NOT NULL,
  valid_to            DATE         NULL,
  supervision_hotline VARCHAR(30)  NULL,
  demo                BOOLEAN      NOT NULL DEFAULT FALSE,
  version             BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_region PRIMARY KEY (code),
  CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code),
  CONSTRAINT ck_region_level CHECK (level IN ('PREFECTURE','COUNTY','TOWNSHIP','VILLAGE','NATURAL_VILLAGE')),
  INDEX ix_region_parent (parent_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

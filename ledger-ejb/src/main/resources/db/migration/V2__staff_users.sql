-- Staff users. The Elytron JDBC realm (wildfly-config/src/main/cli/20-security.cli) reads username,
-- password_hash (bcrypt, modular crypt form) and role from this table.
CREATE TABLE app_user (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  username      VARCHAR(64)  NOT NULL,
  display_name  VARCHAR(100) NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  role          VARCHAR(40)  NOT NULL,
  region_code   VARCHAR(15)  NOT NULL,
  phone         VARCHAR(20)  NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_app_user PRIMARY KEY (id),
  CONSTRAINT uq_app_user_username UNIQUE (username),
  CONSTRAINT fk_app_user_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The transparency log's complete subtrees (issue 10: an append must cost O(log n), not a pass over every
-- leaf). Row (level, idx) is the RFC 6962 hash of leaves [idx·2^level, (idx+1)·2^level), written once by the
-- append that completes it; level 0 is not repeated here, it is log_entry.leaf_hash. V17_1 fills in the
-- nodes of the leaves appended before this table existed.
CREATE TABLE log_node (
  log_region VARCHAR(12) NOT NULL,
  level      TINYINT     NOT NULL,
  idx        BIGINT      NOT NULL,
  hash       BINARY(32)  NOT NULL,
  CONSTRAINT pk_log_node PRIMARY KEY (log_region, level, idx),
  CONSTRAINT ck_log_node_level CHECK (level BETWEEN 1 AND 62)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A node's hash is fixed by its leaves, which never change: the table is insert-only like log_entry.
CREATE TRIGGER log_node_no_update BEFORE UPDATE ON log_node FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the transparency log is append-only (log_node)';
CREATE TRIGGER log_node_no_delete BEFORE DELETE ON log_node FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the transparency log is append-only (log_node)';

-- The portal builds its inclusion and consistency proofs from these nodes.
GRANT SELECT ON log_node TO '${portal_user}'@'%';
GRANT SELECT ON log_node TO '${portal_user}'@'localhost';

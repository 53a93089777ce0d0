-- Idempotent postings (api.md, Idempotency-Key): per user and key, the hash of the request and the posting it
-- produced. The row is inserted first, in the posting's own transaction, so a second request with the same key
-- waits on its unique index until the first commits and then replays that result (or gets 409 when its request
-- differs); if the first rolls back, its key row goes with it and the second posts.
CREATE TABLE idempotency_record (
  username        VARCHAR(64)  NOT NULL,
  idem_key        VARCHAR(100) NOT NULL,
  request_sha256  CHAR(64)     NOT NULL,
  entry_no        VARCHAR(24)  NULL,
  record_id       BIGINT       NULL,
  in_later_period BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at      DATETIME(3)  NOT NULL,
  CONSTRAINT pk_idempotency_record PRIMARY KEY (username, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the result is written into the key's row once the posting is done, in the same transaction
GRANT UPDATE (entry_no, record_id, in_later_period) ON idempotency_record TO '${runtime_user}'@'%';
GRANT UPDATE (entry_no, record_id, in_later_period) ON idempotency_record TO '${runtime_user}'@'localhost';

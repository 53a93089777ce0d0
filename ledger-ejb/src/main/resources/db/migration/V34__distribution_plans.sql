-- Income distribution plans (收益分配方案, issue 12 items 2-4; domain.md §6): a plan of an owner (a village's
-- collective, named as the journal's owner side names it) for a period, its 四议两公开 meetings, its use lines
-- (by purpose or per household), the steps of its flow, and the payments of its lines, which are posted to the
-- journal (debit DISTRIBUTED, credit OWNER_FUNDS).
--
-- The figures a plan is drawn on (income of the period, what earlier plans took, the reserve) are derived by the
-- application when the plan is created and kept with it; the lines are insert-only, the meetings and steps too.
-- Only the plan's status (and the step that put it there) changes: a column grant.
CREATE TABLE distribution_plan (
  id                  BIGINT         NOT NULL AUTO_INCREMENT,
  owner_region        VARCHAR(15)    NOT NULL,
  owner_name          VARCHAR(200)   NOT NULL,
  ledger_region       VARCHAR(15)    NOT NULL,
  period_from         DATE           NOT NULL,
  period_to           DATE           NOT NULL,
  income              DECIMAL(18,2)  NOT NULL,
  earlier_plans       DECIMAL(18,2)  NOT NULL,
  available           DECIMAL(18,2)  NOT NULL,
  reserve_rate        DECIMAL(5,4)   NOT NULL,
  reserve             DECIMAL(18,2)  NOT NULL,
  flat_justification  VARCHAR(2000)  NULL,
  status              VARCHAR(20)    NOT NULL,
  created_by          VARCHAR(64)    NOT NULL,
  created_at          DATETIME(3)    NOT NULL,
  CONSTRAINT pk_distribution_plan PRIMARY KEY (id),
  CONSTRAINT fk_distribution_plan_owner FOREIGN KEY (owner_region) REFERENCES region (code),
  CONSTRAINT ck_distribution_plan_period CHECK (period_to >= period_from),
  CONSTRAINT ck_distribution_plan_figures CHECK (income >= 0 AND earlier_plans >= 0 AND available >= 0
                                                  AND reserve >= 0 AND reserve <= available),
  CONSTRAINT ck_distribution_plan_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'PAID'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_distribution_plan_owner ON distribution_plan (owner_region, owner_name, period_from);

CREATE TABLE distribution_line (
  id           BIGINT         NOT NULL AUTO_INCREMENT,
  plan_id      BIGINT         NOT NULL,
  seq          INT            NOT NULL,
  purpose      VARCHAR(30)    NOT NULL,
  household_id BIGINT         NULL,
  amount       DECIMAL(18,2)  NOT NULL,
  note         VARCHAR(500)   NULL,
  CONSTRAINT pk_distribution_line PRIMARY KEY (id),
  CONSTRAINT uq_distribution_line_seq UNIQUE (plan_id, seq),
  CONSTRAINT fk_distribution_line_plan FOREIGN KEY (plan_id) REFERENCES distribution_plan (id),
  CONSTRAINT fk_distribution_line_household FOREIGN KEY (household_id) REFERENCES household (id),
  CONSTRAINT ck_distribution_line_amount CHECK (amount > 0),
  -- the banned uses (村委会运转, 补贴津贴, 偿债, 车辆, 楼堂馆所) never reach the table
  CONSTRAINT ck_distribution_line_purpose CHECK (purpose IN ('NO_LABOUR_SUPPORT', 'PUBLIC_WELFARE_JOBS', 'MAINTENANCE',
                                                              'INDUSTRY_REWARD', 'COLLECTIVE_ECONOMY',
                                                              'HOUSEHOLD_SUPPORT', 'OTHER')),
  CONSTRAINT ck_distribution_line_other CHECK (purpose <> 'OTHER' OR (note IS NOT NULL AND note <> ''))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 四议两公开: one row per meeting, in order; never edited
CREATE TABLE distribution_meeting (
  plan_id      BIGINT        NOT NULL,
  kind         VARCHAR(30)   NOT NULL,
  held_on      DATE          NOT NULL,
  attendees    INT           NOT NULL,
  votes_for    INT           NOT NULL,
  minutes_ref  VARCHAR(200)  NULL,
  recorded_by  VARCHAR(64)   NOT NULL,
  recorded_at  DATETIME(3)   NOT NULL,
  CONSTRAINT pk_distribution_meeting PRIMARY KEY (plan_id, kind),
  CONSTRAINT fk_distribution_meeting_plan FOREIGN KEY (plan_id) REFERENCES distribution_plan (id),
  CONSTRAINT ck_distribution_meeting_kind CHECK (kind IN ('PARTY_PROPOSAL', 'COMMITTEES_DELIBERATION',
                                                          'PARTY_MEMBERS_REVIEW', 'REPRESENTATIVES_RESOLUTION')),
  CONSTRAINT ck_distribution_meeting_votes CHECK (attendees > 0 AND votes_for >= 0 AND votes_for <= attendees)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the plan's flow: who took which step when, with the opinion (a return's reason)
CREATE TABLE distribution_step (
  plan_id      BIGINT         NOT NULL,
  seq          INT            NOT NULL,
  action       VARCHAR(20)    NOT NULL,
  from_status  VARCHAR(20)    NOT NULL,
  to_status    VARCHAR(20)    NOT NULL,
  actor        VARCHAR(64)    NOT NULL,
  actor_name   VARCHAR(200)   NOT NULL,
  role         VARCHAR(30)    NOT NULL,
  at           DATETIME(3)    NOT NULL,
  opinion      VARCHAR(2000)  NULL,
  CONSTRAINT pk_distribution_step PRIMARY KEY (plan_id, seq),
  CONSTRAINT fk_distribution_step_plan FOREIGN KEY (plan_id) REFERENCES distribution_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One attempt to pay a line: paid (with the journal entry of its batch) or failed (with the reason); a failed line
-- may be tried again, a paid one never (uq_distribution_payment_paid: one PAID row per line).
CREATE TABLE distribution_payment (
  id          BIGINT         NOT NULL AUTO_INCREMENT,
  plan_id     BIGINT         NOT NULL,
  line_id     BIGINT         NOT NULL,
  outcome     VARCHAR(10)    NOT NULL,
  amount      DECIMAL(18,2)  NOT NULL,
  paid_on     DATE           NOT NULL,
  voucher_no  VARCHAR(100)   NULL,
  reason      VARCHAR(500)   NULL,
  entry_no    VARCHAR(24)    NULL,
  paid_line   BIGINT AS (IF(outcome = 'PAID', line_id, NULL)) PERSISTENT,
  recorded_by VARCHAR(64)    NOT NULL,
  recorded_at DATETIME(3)    NOT NULL,
  CONSTRAINT pk_distribution_payment PRIMARY KEY (id),
  CONSTRAINT uq_distribution_payment_paid UNIQUE (paid_line),
  CONSTRAINT fk_distribution_payment_plan FOREIGN KEY (plan_id) REFERENCES distribution_plan (id),
  CONSTRAINT fk_distribution_payment_line FOREIGN KEY (line_id) REFERENCES distribution_line (id),
  CONSTRAINT fk_distribution_payment_entry FOREIGN KEY (entry_no) REFERENCES journal_entry (entry_no),
  CONSTRAINT ck_distribution_payment_outcome CHECK ((outcome = 'PAID' AND entry_no IS NOT NULL AND voucher_no IS NOT NULL)
                                                    OR (outcome = 'FAILED' AND entry_no IS NULL AND reason IS NOT NULL)),
  CONSTRAINT ck_distribution_payment_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_distribution_payment_line ON distribution_payment (line_id, outcome);

-- The row that serialises whatever lowers an owner's 集体收益资金 (a distribution's payment, an income's reversal):
-- locked FOR UPDATE before the chain head, then the owner's balance is summed from its journal lines and the
-- decrease refused if it would go below zero. Income only raises the balance and does not take it.
CREATE TABLE owner_funds_guard (
  owner_region VARCHAR(15)  NOT NULL,
  owner_name   VARCHAR(200) NOT NULL,
  CONSTRAINT pk_owner_funds_guard PRIMARY KEY (owner_region, owner_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER distribution_line_no_update BEFORE UPDATE ON distribution_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a plan''s lines are never edited';
CREATE TRIGGER distribution_line_no_delete BEFORE DELETE ON distribution_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a plan''s lines are never edited';
CREATE TRIGGER distribution_meeting_no_update BEFORE UPDATE ON distribution_meeting FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded meeting is never edited';
CREATE TRIGGER distribution_meeting_no_delete BEFORE DELETE ON distribution_meeting FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a recorded meeting is never edited';
CREATE TRIGGER distribution_step_no_update BEFORE UPDATE ON distribution_step FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a plan''s history is never edited';
CREATE TRIGGER distribution_step_no_delete BEFORE DELETE ON distribution_step FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a plan''s history is never edited';
CREATE TRIGGER distribution_payment_no_update BEFORE UPDATE ON distribution_payment FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a payment is never edited: a failed line is paid by a new attempt';
CREATE TRIGGER distribution_payment_no_delete BEFORE DELETE ON distribution_payment FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a payment is never edited: a failed line is paid by a new attempt';

-- The runtime user: the plan's status, and the owner's guard row (seeded by INSERT … ON DUPLICATE KEY UPDATE)
GRANT UPDATE (status) ON distribution_plan TO '${runtime_user}'@'%';
GRANT UPDATE (status) ON distribution_plan TO '${runtime_user}'@'localhost';
GRANT UPDATE ON owner_funds_guard TO '${runtime_user}'@'%';
GRANT UPDATE ON owner_funds_guard TO '${runtime_user}'@'localhost';

-- The ledger's runtime user (WildFly's LedgerDS) holds SELECT and INSERT on the whole database (the launcher
-- grants them) and, from here, UPDATE or DELETE only on the tables whose rows legitimately change. Everything
-- else is insert-only for it: published notices (publication*, supersession), the transparency log (log_*
-- except the head pointer), project transitions, board postings and the audit trail (*_aud, audit_revision) —
-- and any table a later migration adds, until that migration grants more. The triggers of V5/V8 still refuse
-- changes by anyone, the owner included; these grants mean the runtime user cannot even drop them.

-- working records, edited in place with optimistic locking
GRANT UPDATE ON app_user TO '${runtime_user}'@'%';
GRANT UPDATE ON app_user TO '${runtime_user}'@'localhost';
GRANT UPDATE ON region TO '${runtime_user}'@'%';
GRANT UPDATE ON region TO '${runtime_user}'@'localhost';
GRANT UPDATE ON policy_document TO '${runtime_user}'@'%';
GRANT UPDATE ON policy_document TO '${runtime_user}'@'localhost';
GRANT UPDATE ON notice TO '${runtime_user}'@'%';
GRANT UPDATE ON notice TO '${runtime_user}'@'localhost';
GRANT UPDATE ON notice_objection TO '${runtime_user}'@'%';
GRANT UPDATE ON notice_objection TO '${runtime_user}'@'localhost';
GRANT UPDATE ON project TO '${runtime_user}'@'%';
GRANT UPDATE ON project TO '${runtime_user}'@'localhost';
GRANT UPDATE ON project_adjustment TO '${runtime_user}'@'%';
GRANT UPDATE ON project_adjustment TO '${runtime_user}'@'localhost';
GRANT UPDATE ON project_category TO '${runtime_user}'@'%';
GRANT UPDATE ON project_category TO '${runtime_user}'@'localhost';

-- a draft's collections, which Hibernate rewrites when the draft is edited
GRANT UPDATE, DELETE ON notice_region TO '${runtime_user}'@'%';
GRANT UPDATE, DELETE ON notice_region TO '${runtime_user}'@'localhost';
GRANT UPDATE, DELETE ON project_natural_village TO '${runtime_user}'@'%';
GRANT UPDATE, DELETE ON project_natural_village TO '${runtime_user}'@'localhost';
GRANT UPDATE, DELETE ON project_fund_share TO '${runtime_user}'@'%';
GRANT UPDATE, DELETE ON project_fund_share TO '${runtime_user}'@'localhost';
GRANT UPDATE, DELETE ON project_indicator TO '${runtime_user}'@'%';
GRANT UPDATE, DELETE ON project_indicator TO '${runtime_user}'@'localhost';

-- counters: the gap-free numbers and the log's size, advanced under a row lock
GRANT UPDATE ON notice_sequence TO '${runtime_user}'@'%';
GRANT UPDATE ON notice_sequence TO '${runtime_user}'@'localhost';
GRANT UPDATE ON project_sequence TO '${runtime_user}'@'%';
GRANT UPDATE ON project_sequence TO '${runtime_user}'@'localhost';
GRANT UPDATE ON log_head TO '${runtime_user}'@'%';
GRANT UPDATE ON log_head TO '${runtime_user}'@'localhost';

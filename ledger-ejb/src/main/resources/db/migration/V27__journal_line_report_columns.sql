-- The fund reports read a year's documents' lines as of a day (issue 10: 500,000 lines within 300 ms). Joining
-- every line to its entry (for the date and the ledger) and its document (for the year) costs two primary-key
-- lookups per line, which was most of the report's time; so each line carries copies of the three, set by the
-- database when the line is inserted and never afterwards (journal_line is insert-only), and one index covers the
-- report's whole scan: the year's lines of the ledgers that can hold a region's money, in (project, source) order.
--
-- The copies are not part of the entry's hash: the chain check (ChainVerifier) also compares every copy with the
-- entry and the document it was taken from, so a copy changed behind the triggers is reported like an altered line.

ALTER TABLE journal_line
  ADD COLUMN entry_date    DATE        NULL,
  ADD COLUMN ledger_region VARCHAR(15) NULL,
  ADD COLUMN doc_year      INT         NULL;

-- the lines posted before this migration get their copies once; the trigger that forbids updates is lifted for it
DROP TRIGGER journal_line_no_update;
UPDATE journal_line l
  JOIN journal_entry e ON e.entry_no = l.entry_no
  JOIN fund_document d ON d.id = l.fund_document_id
  SET l.entry_date = e.entry_date, l.ledger_region = e.ledger_region, l.doc_year = d.year;
CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'posted journal lines are immutable';

-- whatever the inserting statement says, the copies are what the entry and the document hold
CREATE TRIGGER journal_line_copies BEFORE INSERT ON journal_line FOR EACH ROW
  SET NEW.entry_date = (SELECT e.entry_date FROM journal_entry e WHERE e.entry_no = NEW.entry_no),
      NEW.ledger_region = (SELECT e.ledger_region FROM journal_entry e WHERE e.entry_no = NEW.entry_no),
      NEW.doc_year = (SELECT d.year FROM fund_document d WHERE d.id = NEW.fund_document_id);

CREATE INDEX ix_journal_line_report
  ON journal_line (doc_year, ledger_region, project_id, source, account, entry_date, debit, credit);

-- Posted journal entries are leaves of their county's transparency log too (api.md: the journal's leaf). A log
-- entry is about exactly one published notice or one journal entry; the journal entry's log index is found here
-- by its number, so journal_entry (insert-only) needs no column written after the fact.
ALTER TABLE log_entry MODIFY notice_no VARCHAR(40) NULL;
ALTER TABLE log_entry ADD COLUMN entry_no VARCHAR(24) NULL AFTER notice_no;
ALTER TABLE log_entry ADD CONSTRAINT uq_log_entry_journal UNIQUE (entry_no);
ALTER TABLE log_entry ADD CONSTRAINT ck_log_entry_subject CHECK ((notice_no IS NULL) <> (entry_no IS NULL));

-- The public portal connects as its own database user that may only read what is public. Regions are
-- public (region pages); publication tables are granted as they are added. The user itself is created
-- by the launcher (it needs server-wide rights); this migration runs as the ledger user, who holds
-- GRANT OPTION on this database only.
GRANT SELECT ON region TO '${portal_user}'@'%';
GRANT SELECT ON region TO '${portal_user}'@'localhost';

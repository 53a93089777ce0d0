-- The portal reads what is published, and nothing else (not drafts, objections, postings or keys).
GRANT SELECT ON publication TO '${portal_user}'@'%';
GRANT SELECT ON publication TO '${portal_user}'@'localhost';
GRANT SELECT ON publication_region TO '${portal_user}'@'%';
GRANT SELECT ON publication_region TO '${portal_user}'@'localhost';
GRANT SELECT ON publication_rendition TO '${portal_user}'@'%';
GRANT SELECT ON publication_rendition TO '${portal_user}'@'localhost';
GRANT SELECT ON supersession TO '${portal_user}'@'%';
GRANT SELECT ON supersession TO '${portal_user}'@'localhost';
GRANT SELECT ON log_key TO '${portal_user}'@'%';
GRANT SELECT ON log_key TO '${portal_user}'@'localhost';
GRANT SELECT ON log_entry TO '${portal_user}'@'%';
GRANT SELECT ON log_entry TO '${portal_user}'@'localhost';
GRANT SELECT ON log_checkpoint TO '${portal_user}'@'%';
GRANT SELECT ON log_checkpoint TO '${portal_user}'@'localhost';

-- Personal data never reaches the portal (issue: security hardening). A project's name is the clerk's free text
-- and has been shown on the portal as typed; from now on the portal reads public_name, the name after the
-- personal-data masker, which the application writes with every name (Project.apply). Filled for existing rows
-- by the Java migration V12_1 (the masker is Java, and one masker serves every public byte), then required by V12_2.
ALTER TABLE project ADD COLUMN public_name VARCHAR(200) NULL AFTER name;

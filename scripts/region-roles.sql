-- The roles of a region's database (issue 25, part 2). The tables belong to an owner role, which
-- alone changes the schema: it opens the database once with the product after each upgrade (the
-- migrations run then), and runs this script after it. The application's role, which the consoles
-- and the timers connect as, reads and writes rows and appends to the audit chain; it never
-- changes or removes an entry of the chain, never changes the schema's steps, and can neither
-- alter nor drop a table.
--   psql -v owner=helpdesk_owner -v app=helpdesk_app -v schema=public -f scripts/region-roles.sql \
--        postgresql://helpdesk_owner@…/region
\set ON_ERROR_STOP on
SET search_path = :"schema";
GRANT USAGE ON SCHEMA :"schema" TO :"app";
REVOKE CREATE ON SCHEMA :"schema" FROM :"app";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA :"schema" TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA :"schema" TO :"app";
-- The chain: appended to, never changed, never emptied; its heads moved on, never removed.
REVOKE UPDATE, DELETE, TRUNCATE ON auditentry FROM :"app";
REVOKE DELETE, TRUNCATE ON audithead FROM :"app";
-- The schema's steps are the owner's record.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schemamigration FROM :"app";
-- Tables an upgrade adds are the application's to use too (this script is run again after it).
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA :"schema" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA :"schema" GRANT USAGE, SELECT ON SEQUENCES TO :"app";

-- One PostgreSQL role per job (run by init-roles.sh as the database superuser):
--   kb_writer     the knowledge-base build: owns and rewrites the kb_* tables
--   kb_reader     the action server: SELECT on the kb_* tables, nothing else
--   rasa_tracker  Rasa: owns the tracker tables (events); retention and the staff report
-- Idempotent: creates what is missing, (re)sets the passwords, moves tables that an
-- older setup created as the superuser to their owner. psql variables: db,
-- kb_writer_password, kb_reader_password, rasa_tracker_password.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN', name) FROM unnest(ARRAY['kb_writer', 'kb_reader', 'rasa_tracker']) AS name
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) \gexec
ALTER ROLE kb_writer LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'kb_writer_password';
ALTER ROLE kb_reader LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'kb_reader_password';
ALTER ROLE rasa_tracker LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'rasa_tracker_password';

REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO kb_writer, kb_reader, rasa_tracker;

\connect :"db"
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO kb_writer, kb_reader, rasa_tracker;
GRANT CREATE ON SCHEMA public TO kb_writer, rasa_tracker;

-- Tables of an older setup (everything owned by the superuser) go to their owner.
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    IF t.tablename LIKE 'kb\_%' THEN
      EXECUTE format('ALTER TABLE public.%I OWNER TO kb_writer', t.tablename);
    ELSIF t.tablename = 'events' THEN
      EXECUTE format('ALTER TABLE public.%I OWNER TO rasa_tracker', t.tablename);
    END IF;
  END LOOP;
END $$;

-- The reader may read every kb_* table, now and after each rebuild (new tables).
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM kb_reader;
SELECT format('GRANT SELECT ON public.%I TO kb_reader', tablename) FROM pg_tables
 WHERE schemaname = 'public' AND tableowner = 'kb_writer' \gexec
ALTER DEFAULT PRIVILEGES FOR ROLE kb_writer IN SCHEMA public GRANT SELECT ON TABLES TO kb_reader;

#!/bin/sh
# Create the roles of deploy/postgres/roles.sql. Run by the postgres image on the
# first start (mounted into /docker-entrypoint-initdb.d/); for an existing
# database run it again: docker compose exec postgres /docker-entrypoint-initdb.d/10-roles.sh
# Needs KB_WRITER_PASSWORD, KB_READER_PASSWORD, RASA_TRACKER_PASSWORD, POSTGRES_DB.
set -eu
: "${KB_WRITER_PASSWORD:?set KB_WRITER_PASSWORD}"
: "${KB_READER_PASSWORD:?set KB_READER_PASSWORD}"
: "${RASA_TRACKER_PASSWORD:?set RASA_TRACKER_PASSWORD}"
sql=${ROLES_SQL:-/opt/soziale-stadt/roles.sql}
psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "${POSTGRES_USER:-postgres}" \
  --dbname "${POSTGRES_DB:?set POSTGRES_DB}" \
  -v db="$POSTGRES_DB" \
  -v kb_writer_password="$KB_WRITER_PASSWORD" \
  -v kb_reader_password="$KB_READER_PASSWORD" \
  -v rasa_tracker_password="$RASA_TRACKER_PASSWORD" \
  -f "$sql"

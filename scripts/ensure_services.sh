#!/usr/bin/env bash
# PostgreSQL and Redis on localhost for the integration tests (knowledge base on
# PostgreSQL), plus the binaries that the replica test and the production
# rehearsal run privately on spare ports (PostgreSQL, Redis, nginx, logrotate).
# Installs them from Debian's packages when missing and possible (root +
# apt-get; services are not started by the install), starts the shared
# PostgreSQL and Redis when not running, and prints the URLs as shell
# assignments for the Makefile. Without them those tests are skipped.
set -u
DB=soziale_stadt_test
USER_NAME=soziale_stadt_test
PASSWORD=soziale_stadt_test  # a local test database on loopback only
log() { echo "$*" >&2; }

have_pg() { command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; }
have_redis() { command -v redis-server >/dev/null 2>&1; }
have_web() { command -v nginx >/dev/null 2>&1 && command -v logrotate >/dev/null 2>&1; }

# Keep the packages' own service starts away (Debian's nginx would listen on 0.0.0.0:80).
no_service_starts() {
  [ -e /usr/sbin/policy-rc.d ] && return 0
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
}

if { ! have_pg || ! have_redis || ! have_web; } && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  log "Installing PostgreSQL, Redis, nginx and logrotate for the integration tests (apt-get) ..."
  export DEBIAN_FRONTEND=noninteractive
  no_service_starts
  { apt-get update -qq &&
    apt-get install -y -qq -o DPkg::Lock::Timeout=300 postgresql redis-server nginx logrotate; } >/dev/null 2>&1 || true
fi
have_web || log "NOTE: nginx or logrotate is not available; the production rehearsal will be skipped."

if have_pg && [ "$(id -u)" = 0 ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  pg_lsclusters -h 2>/dev/null | grep -q . || pg_createcluster "$version" main >/dev/null 2>&1
  cluster=$(pg_lsclusters -h | awk 'NR==1{print $1" "$2}')
  pg_lsclusters -h | awk 'NR==1{print $4}' | grep -q online || pg_ctlcluster $cluster start >/dev/null 2>&1
  port=$(pg_lsclusters -h | awk 'NR==1{print $3}')
  if su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='$USER_NAME'\"" 2>/dev/null | grep -q 1 ||
     su postgres -c "psql -p $port -c \"CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD'\"" >/dev/null 2>&1; then
    su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='$DB'\"" 2>/dev/null | grep -q 1 ||
      su postgres -c "createdb -p $port -O $USER_NAME $DB" >/dev/null 2>&1
    echo "TEST_DATABASE_URL=postgresql://$USER_NAME:$PASSWORD@127.0.0.1:$port/$DB"
  fi
else
  log "NOTE: PostgreSQL is not available; the PostgreSQL tests will be skipped."
fi

if have_redis; then
  redis-cli -p 6379 ping >/dev/null 2>&1 || redis-server --port 6379 --bind 127.0.0.1 --daemonize yes --save "" >/dev/null 2>&1
  sleep 0.5
  redis-cli -p 6379 ping >/dev/null 2>&1 && echo "TEST_REDIS_URL=redis://127.0.0.1:6379/0"
else
  log "NOTE: Redis is not available; the replica test will be skipped."
fi
exit 0

#!/usr/bin/env bash
# A throw-away PostgreSQL server for the storage tests (Debian's `postgresql`).
#
#   source scripts/lib/postgres.sh && start_test_postgres    # before `dotnet test`
#   stop_test_postgres                                       # afterwards (or: trap stop_test_postgres EXIT)
#
# start_test_postgres installs Debian's postgresql with apt-get when it is missing, creates a cluster
# in a temporary folder (initdb + pg_ctl, as the postgres user when run as root), starts it on a free
# port of 127.0.0.1, creates a test role and database, and exports
#   LUTETIA_TEST_POSTGRES="Host=127.0.0.1;Port=…;Username=lutetia_test;Password=…;Database=lutetia_test"
# which the PostgreSQL tests of tests/Lutetia.Storage.Tests read. Messages go to stderr.

_pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -n "$dir" && -x "$dir/initdb" ]] && echo "$dir"
}

_pg_install() {
  if [[ -n "$(_pg_bin_dir)" ]]; then return 0; fi
  echo "postgres.sh: installing Debian's postgresql (apt-get)…" >&2
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2 || return 1
  [[ -n "$(_pg_bin_dir)" ]]
}

_pg_free_port() {
  local port
  for port in $(seq 54320 54420); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

# Runs a command as the cluster's owner: postgres when we are root (initdb refuses root), else ourselves.
_pg_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_test_postgres() {
  if [[ -n "${LUTETIA_TEST_POSTGRES_DIR:-}" && -d "${LUTETIA_TEST_POSTGRES_DIR}/data" ]]; then
    echo "postgres.sh: a test server is already running (${LUTETIA_TEST_POSTGRES_DIR})" >&2
    return 0
  fi
  _pg_install || { echo "postgres.sh: could not install postgresql with apt-get" >&2; return 1; }
  local bin port dir password
  bin=$(_pg_bin_dir)
  port=$(_pg_free_port) || { echo "postgres.sh: no free port in 54320–54420" >&2; return 1; }
  dir=$(mktemp -d /tmp/lutetia-postgres.XXXXXX)
  chmod 755 "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir"
  password="lutetia-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
  _pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { echo "postgres.sh: initdb failed, see $dir/initdb.log" >&2; return 1; }
  _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
    || { echo "postgres.sh: the server did not start, see $dir/server.log" >&2; return 1; }
  _pg_as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE lutetia_test LOGIN PASSWORD '$password' CREATEDB;" \
    -c "CREATE DATABASE lutetia_test OWNER lutetia_test;" \
    -c "GRANT pg_signal_backend TO lutetia_test;" >&2 \
    || { echo "postgres.sh: could not create the test role and database" >&2; return 1; }
  export LUTETIA_TEST_POSTGRES_DIR="$dir"
  export LUTETIA_TEST_POSTGRES_BIN="$bin"
  export LUTETIA_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=lutetia_test;Password=$password;Database=lutetia_test"
  echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (cluster $dir)" >&2
}

stop_test_postgres() {
  local dir="${LUTETIA_TEST_POSTGRES_DIR:-}" bin="${LUTETIA_TEST_POSTGRES_BIN:-}"
  [[ -z "$dir" || ! -d "$dir" ]] && return 0
  _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$dir"
  unset LUTETIA_TEST_POSTGRES LUTETIA_TEST_POSTGRES_DIR LUTETIA_TEST_POSTGRES_BIN
}

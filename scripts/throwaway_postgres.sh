#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's postgresql binaries, a data folder in
# /tmp, trust logins for the role "facilitator", listening on 127.0.0.1 and a socket folder only.
# Run as root it runs the server as the postgres user (initdb refuses root).
#
#   scripts/throwaway_postgres.sh start   # prints the export lines the tests read
#   scripts/throwaway_postgres.sh stop
#
# fsync is off (a test server loses nothing worth keeping); FACILITATOR_TEST_PGFSYNC=on keeps it,
# for benchmarks of a commit that waits for the disk (benchmarks/README.md).
# One role, facilitator_password_test, must log in with a password (scram-sha-256), for the tests
# of where the app finds a password. FACILITATOR_TEST_PGSSL=<folder holding server.crt and
# server.key> starts the cluster with ssl=on (tests/test_cli_server.py starts such a second one).
set -euo pipefail

PORT="${FACILITATOR_TEST_PGPORT:-55432}"
DATA="${FACILITATOR_TEST_PGDATA:-/tmp/facilitator-pg-$PORT}"
FSYNC="${FACILITATOR_TEST_PGFSYNC:-off}"
SSL="${FACILITATOR_TEST_PGSSL:-}"
PASSWORD_ROLE=facilitator_password_test
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$BIN" ]; then
    echo "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-start}" in
start)
    if [ ! -f "$DATA/PG_VERSION" ]; then
        mkdir -p "$DATA"
        [ "$(id -u)" = 0 ] && chown postgres: "$DATA"
        as_owner "$BIN/initdb" -D "$DATA" -U facilitator --auth=trust -E UTF8 \
            --locale=C.UTF-8 >/dev/null
    fi
    if ! grep -q "$PASSWORD_ROLE" "$DATA/pg_hba.conf"; then
        as_owner sed -i "1i host all $PASSWORD_ROLE 127.0.0.1/32 scram-sha-256" "$DATA/pg_hba.conf"
    fi
    SSL_OPTIONS=""
    if [ -n "$SSL" ]; then
        cp "$SSL/server.crt" "$SSL/server.key" "$DATA/"
        chmod 600 "$DATA/server.crt" "$DATA/server.key"
        if [ "$(id -u)" = 0 ]; then chown postgres: "$DATA/server.crt" "$DATA/server.key"; fi
        SSL_OPTIONS="-c ssl=on"
    fi
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
        -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=$FSYNC $SSL_OPTIONS" \
        start >/dev/null
    echo "export FACILITATOR_TEST_POSTGRES=postgresql://facilitator@127.0.0.1:$PORT/postgres"
    echo "export FACILITATOR_TEST_PGCTL='$BIN/pg_ctl -D $DATA'"
    ;;
stop)
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null || true
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

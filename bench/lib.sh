# Shared by the bench scripts that need a database and a server of their own (sourced, not run): the launcher's
# embedded MariaDB in a home of the script's own (so its data directory is not var/test-db, which
# ./sunledger test may be using) and the provisioned WildFly with both deployments in a base directory of its own.
# Before sourcing, a script sets OUT (its output directory), and may set DB_PORT and OFFSET.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
read -r -a MVN_EXTRA <<< "${MAVEN_ARGS:-}"
DB_PORT=${DB_PORT:-${BENCH_DB_PORT:-3447}}
OFFSET=${OFFSET:-${BENCH_PORT_OFFSET:-600}}
HTTP_PORT=$((8080 + OFFSET))
BASE_URL="http://127.0.0.1:$HTTP_PORT"
DB_PID= SERVER_PID=
say() { printf '==> %s\n' "$*"; }

bench_cleanup() {
  for pid in $SERVER_PID $DB_PID; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in $SERVER_PID $DB_PID; do wait "$pid" 2>/dev/null || true; done
}
trap bench_cleanup EXIT

# The server and the launcher, built once (a reactor install when either is missing).
bench_require_build() {
  if [[ ! -f wildfly-config/target/server/standalone/deployments/ledger.war || ! -f launcher/target/classpath.txt ]]; then
    say "building…"
    mvn -B -q ${MVN_EXTRA[@]+"${MVN_EXTRA[@]}"} -DskipTests install
  fi
  DRIVER=$(tr ':' '\n' < launcher/target/classpath.txt | grep -m1 'mariadb-java-client') \
    || { echo "no MariaDB driver on the launcher's class path"; exit 1; }
  mkdir -p "$OUT/home"
}

# bench_start_database [--fresh]: sunledger_bench_test on DB_PORT, with the launcher's three users.
bench_start_database() {
  export MARIADB_DATABASE=sunledger_bench_test MARIADB_PORT=$DB_PORT
  unset MARIADB_HOST  # the launcher starts an embedded database only when no host is given
  : >"$OUT/db.log"
  java -Dsunledger.home="$ROOT/$OUT/home" -cp "launcher/target/classes:$(cat launcher/target/classpath.txt)" \
    cn.sunledger.launcher.Launcher db --for test "$@" >>"$OUT/db.log" 2>&1 &
  DB_PID=$!
  for _ in $(seq 240); do grep -qs '^DATABASE READY' "$OUT/db.log" && break; sleep 0.5; done
  grep -q '^DATABASE READY' "$OUT/db.log" || { cat "$OUT/db.log"; exit 1; }
  export MARIADB_HOST=127.0.0.1 MARIADB_USER=sunledger MARIADB_PASSWORD=sunledger
  export MARIADB_OWNER_USER=sunledger_owner MARIADB_OWNER_PASSWORD=sunledger_owner
  export MARIADB_PORTAL_USER=sunledger_portal MARIADB_PORTAL_PASSWORD=sunledger_portal
  JDBC_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/$MARIADB_DATABASE"
}

# Stops the database cleanly (the launcher shuts MariaDB down on TERM); its data directory stays.
bench_stop_database() {
  kill -TERM "$DB_PID" 2>/dev/null || true
  wait "$DB_PID" 2>/dev/null || true
  DB_PID=
}

# bench_start_server: WildFly on port offset OFFSET with the demo data, waiting until the API answers; its heap is
# SERVER_HEAP (default 1g). Its household key file is the one bench_start_database's launcher created in OUT/home.
bench_start_server() {
  if [[ ! -d $OUT/wildfly-base ]]; then
    mkdir -p "$OUT/wildfly-base"
    cp -r wildfly-config/target/server/standalone/configuration wildfly-config/target/server/standalone/deployments \
      "$OUT/wildfly-base/"
  fi
  LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms${SERVER_HEAP:-1g} -Xmx${SERVER_HEAP:-1g} -XX:+UseParallelGC" \
    wildfly-config/target/server/bin/standalone.sh \
    -Djboss.server.base.dir="$ROOT/$OUT/wildfly-base" -Djboss.socket.binding.port-offset="$OFFSET" \
    -Dsunledger.demo=true -Duser.timezone=Asia/Shanghai \
    -Dsunledger.household.keys="$ROOT/$OUT/home/var/keys/test-household-keys.properties" >>"$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 300); do
    curl -sf -u 'yangbi.rural:Demo#2026' "$BASE_URL/ledger/api/projects?size=1" >/dev/null && return 0
    sleep 1
  done
  tail -40 "$OUT/server.log"
  exit 1
}

# The server's JVM (standalone.sh's child), found by its base directory.
bench_server_jvm() {
  pgrep -f "jboss.server.base.dir=$ROOT/$OUT/wildfly-base" | while read -r pid; do
    [[ $(ps -o comm= -p "$pid") == java ]] && echo "$pid"
  done | head -1
}

#!/usr/bin/env bash
# A real single-node Apache Kafka broker (KRaft mode) for tests and `npm start`, with no Docker.
# The broker jars come from Maven Central through `mvn` (cached in the local Maven repository and under $KAFKA_HOME/libs).
#
#   kafka.sh start   fetch jars if missing, format storage, start the broker on a free loopback port;
#                    prints KAFKA_BROKERS=host:port and writes it to $KAFKA_HOME/broker.env
#   kafka.sh stop    stop the broker started by `start`
#   kafka.sh status  print the broker address when it is running
#   kafka.sh restart stop the broker and start it again on the same ports, keeping its data (outage tests)
#
# KAFKA_HOME defaults to .data/kafka in the repository; a test may run a broker of its own by giving it another
# KAFKA_HOME. KAFKA_LIBS (default: the repository's .data/kafka/libs) is the jar cache, shared by every broker.
# Production does not use this script: set KAFKA_BROKERS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
KAFKA_HOME="${KAFKA_HOME:-$repo/.data/kafka}"
libs="${KAFKA_LIBS:-$repo/.data/kafka/libs}"
pidfile="$KAFKA_HOME/broker.pid"
envfile="$KAFKA_HOME/broker.env"

die() { echo "kafka.sh: $*" >&2; exit 1; }

require_tools() {
  command -v java >/dev/null 2>&1 || die "Java 17+ is required to run the Kafka broker. Install a JDK (e.g. 'apt-get install openjdk-17-jre-headless') or set KAFKA_BROKERS to an existing broker."
  if [ ! -f "$libs/.complete" ]; then
    command -v mvn >/dev/null 2>&1 || die "Apache Maven is required once to fetch the Kafka broker jars. Install it (e.g. 'apt-get install maven') or set KAFKA_BROKERS to an existing broker."
  fi
}

fetch_jars() {
  [ -f "$libs/.complete" ] && return 0
  echo "kafka.sh: fetching Apache Kafka broker jars with mvn (once)..." >&2
  mkdir -p "$libs"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$libs" >&2 \
    || die "mvn could not fetch org.apache.kafka:kafka_2.13. Check access to Maven Central, or set KAFKA_BROKERS."
  touch "$libs/.complete"
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

is_running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

jvm=(-Xms256m -Xmx512m -XX:+UseG1GC "-Dlog4j.configuration=file:$KAFKA_HOME/log4j.properties")

start() {
  if is_running && [ -f "$envfile" ]; then cat "$envfile"; return 0; fi
  require_tools
  fetch_jars
  local port controller data config cluster
  port="$(free_port)"; controller="$(free_port)"
  data="$KAFKA_HOME/data"; config="$KAFKA_HOME/server.properties"
  rm -rf "$data"; mkdir -p "$data"
  sed -e "s#@PORT@#$port#g" -e "s#@CONTROLLER_PORT@#$controller#g" -e "s#@DATA@#$data#g" \
    "$here/server.properties.template" > "$config"
  cat > "$KAFKA_HOME/log4j.properties" <<LOG
log4j.rootLogger=WARN, file
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=$KAFKA_HOME/broker.log
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
LOG
  cluster="$(java -cp "$libs/*" "${jvm[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
  java -cp "$libs/*" "${jvm[@]}" kafka.tools.StorageTool format -t "$cluster" -c "$config" >/dev/null \
    || die "formatting Kafka storage failed; see $KAFKA_HOME/broker.log"
  launch "$port"
  create_topics "127.0.0.1:$port"
}

# Topics are never created by accident (auto.create.topics.enable=false): every contract's topic and its DLQ, here.
create_topics() {
  [ -d "$repo/node_modules/@swc-node/register" ] || { echo "kafka.sh: node_modules missing; topics not created (run npm ci)" >&2; return 0; }
  (cd "$repo" && KAFKA_BROKERS="$1" SWC_NODE_PROJECT=tsconfig.json \
    node -r @swc-node/register infra/kafka/create-topics.ts >&2) || die "creating the topics failed"
}

# Runs the broker on an already formatted data directory and waits for its port.
launch() {
  local port="$1"
  nohup java -cp "$libs/*" "${jvm[@]}" kafka.Kafka "$KAFKA_HOME/server.properties" >"$KAFKA_HOME/broker.out" 2>&1 &
  echo $! > "$pidfile"
  for _ in $(seq 1 120); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "KAFKA_BROKERS=127.0.0.1:$port" | tee "$envfile"
      return 0
    fi
    is_running || die "the broker exited during start-up; see $KAFKA_HOME/broker.out and broker.log"
    sleep 0.5
  done
  die "the broker did not open port $port within 60 s; see $KAFKA_HOME/broker.log"
}

# Same ports and same data, so clients that knew the broker reconnect to it as after a real outage.
restart() {
  local config="$KAFKA_HOME/server.properties" port
  [ -f "$config" ] && [ -d "$KAFKA_HOME/data" ] || die "nothing to restart in $KAFKA_HOME; use start"
  port="$(sed -n 's#^advertised.listeners=PLAINTEXT://127.0.0.1:\([0-9]*\)$#\1#p' "$config")"
  [ -n "$port" ] || die "cannot read the broker port from $config"
  stop
  require_tools
  launch "$port"
}

stop() {
  if is_running; then
    local pid; pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile" "$envfile"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) restart ;;
  status) is_running && cat "$envfile" || { echo "not running"; exit 1; } ;;
  *) echo "usage: $0 start|stop|status|restart" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Profile a bench run: CPU per thread of the app and broker JVMs over the measured part (from
# /proc), and with JFR=1 a JFR recording of both started once the warm-up ends. Linux only.
# Usage: docs/profiling/profile-bench.sh OUTDIR [bench options...]; then
#   python3 docs/profiling/thread_cpu.py diff OUTDIR/app-a.json OUTDIR/app-b.json PARAGRAPHS
#   python3 docs/profiling/jfr_split.py OUTDIR/app.jfr StreamThread OUTDIR/start OUTDIR/stop
# Prefer a recording from the JVM's start, cut to the window afterwards (jfr_split.py takes
# OUTDIR/start and OUTDIR/stop): JFR started by jcmd in a warm JVM made the JIT recompile and
# halved the throughput it measured (158 against 272 paragraphs/s). For the application:
#   NEWSSTREAM_JAVA_OPTS="-Xmx3g -XX:StartFlightRecording=settings=profile,filename=OUTDIR/app-full.jfr,dumponexit=true"
# Run nothing else meanwhile: the broker is found by its main class.
out=$1; shift
mkdir -p "$out"; rm -f "$out"/*.jfr
here=$(cd "$(dirname "$0")" && pwd); cd "${REPO:-$here/../..}"
bin/newsstream bench "$@" > "$out/bench.out" 2> >(while IFS= read -r l; do printf '%s %s\n' "$(date +%s.%N)" "$l"; done > "$out/bench.err") &
bpid=$!
until grep -q "measuring$" "$out/bench.err" 2>/dev/null; do sleep 0.2; kill -0 $bpid 2>/dev/null || exit 1; done
app=$(pgrep -f "org.newsstream.cli.Main bench" | head -1)
broker=$(pgrep -f "BrokerProcessMain" | head -1)
echo "app $app broker $broker" > "$out/pids"
date +%s.%N > "$out/start"
python3 "$here/thread_cpu.py" snap $app "$out/app-a.json"; python3 "$here/thread_cpu.py" snap $broker "$out/broker-a.json"
[ "${JFR:-0}" = 1 ] && jcmd $app JFR.start name=b settings=profile > /dev/null
[ "${JFR:-0}" = 1 ] && jcmd $broker JFR.start name=b settings=profile > /dev/null
until grep -q "^throughput:" "$out/bench.out" 2>/dev/null; do sleep 0.2; done
date +%s.%N > "$out/stop"
python3 "$here/thread_cpu.py" snap $app "$out/app-b.json"; python3 "$here/thread_cpu.py" snap $broker "$out/broker-b.json"
[ "${JFR:-0}" = 1 ] && jcmd $app JFR.stop name=b filename="$out/app.jfr" > /dev/null
[ "${JFR:-0}" = 1 ] && jcmd $broker JFR.stop name=b filename="$out/broker.jfr" > /dev/null
wait $bpid

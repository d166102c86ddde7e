#!/bin/bash
# An instance on an outside broker (here: another run's embedded one), killed with -9 while on
# three threads and restarted at once on two: when is a new article out?
cd "$(dirname "$0")/../.."
rm -rf /tmp/smA /tmp/smB
bin/newsstream run --data-dir /tmp/smA --no-http --port 19093 > /tmp/smA.log 2>&1 &
until grep -q "topologies running" /tmp/smA.log; do sleep 0.5; done
K="--bootstrap-servers 127.0.0.1:19093 --application-id other --data-dir /tmp/smB --no-http"
bin/newsstream run $K --threads 3 > /tmp/smB1.log 2>&1 &
until grep -q "topologies running" /tmp/smB1.log; do sleep 0.5; done
sleep 5
B=$(pgrep -f "Main run --bootstrap-servers" | head -1); kill -9 $B; sleep 0.5
START=$(date +%s.%N)
bin/newsstream run $K --threads 2 > /tmp/smB2.log 2>&1 &
until grep -q "topologies running" /tmp/smB2.log; do sleep 0.1; done
bin/newsstream publish --bootstrap-servers 127.0.0.1:19093 --article-id after-restart seeds/putin-choe-handshake.txt > /dev/null 2>&1
# news.enriched gets both applications' output: 16 from each
N=$(timeout 120 bin/newsstream tail --bootstrap-servers 127.0.0.1:19093 --topic news.enriched -n 32 --idle 60s 2>/dev/null | wc -l)
echo "$N enriched records; the last $(echo "$(date +%s.%N) - $START" | bc) s after the restart began"
grep -i "took" /tmp/smB2.log | head -3
pkill -f "Main run --bootstrap-servers"; sleep 4; pkill -f "Main run --data-dir /tmp/smA"; sleep 6

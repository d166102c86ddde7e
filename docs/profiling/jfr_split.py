#!/usr/bin/env python3
"""Split JFR execution samples by thread group and by code category (leaf-first, first
non-JDK frame decides). Usage: jfr_split.py FILE.jfr [THREAD-SUBSTRING or -] [START-FILE STOP-FILE]
(epoch seconds, as profile-bench.sh writes them: only samples between the two count)."""
import json, subprocess, sys, collections, re
f = sys.argv[1]
flt = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != "-" else None
import datetime
win = [float(open(x).read()) for x in sys.argv[3:5]] if len(sys.argv) > 4 else None
def ts(v):
    t = v.replace("Z", "")
    if "." in t:
        a, b = t.split(".", 1); b = (b + "000000")[:6]; t = a + "." + b
    return datetime.datetime.fromisoformat(t).replace(tzinfo=datetime.timezone.utc).timestamp()
raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events",
                      "jdk.ExecutionSample", f], capture_output=True, text=True).stdout
events = json.loads(raw)["recording"]["events"]
CATS = [
  ("rocksdb", ("org.rocksdb",)),
  ("avro", ("org.apache.avro",)),
  ("compression", ("net.jpountz", "com.github.luben", "org.xerial.snappy", "java.util.zip")),
  ("nlp: corenlp", ("edu.stanford",)),
  ("nlp: lingua", ("com.github.pemistahl",)),
  ("nlp: newsstream", ("org.newsstream.enrichment", "org.newsstream.linking", "org.newsstream.language")),
  ("stories/dedup/alerting/trends", ("org.newsstream.stories", "org.newsstream.dedup", "org.newsstream.alerting", "org.newsstream.trends")),
  ("newsstream streams glue", ("org.newsstream.streams",)),
  ("newsstream other", ("org.newsstream",)),
  ("kafka streams state", ("org.apache.kafka.streams.state",)),
  ("kafka streams", ("org.apache.kafka.streams",)),
  ("kafka producer", ("org.apache.kafka.clients.producer",)),
  ("kafka consumer", ("org.apache.kafka.clients.consumer",)),
  ("kafka network/common", ("org.apache.kafka.common", "org.apache.kafka.clients")),
  ("kafka storage (log)", ("org.apache.kafka.storage", "kafka.log", "org.apache.kafka.server.log")),
  ("kafka coordinator", ("org.apache.kafka.coordinator", "kafka.coordinator")),
  ("kafka raft/metadata", ("org.apache.kafka.raft", "org.apache.kafka.metadata", "org.apache.kafka.image", "org.apache.kafka.controller")),
  ("kafka server", ("kafka.", "org.apache.kafka.server", "org.apache.kafka.network")),
  ("scala", ("scala.",)),
  ("logging", ("ch.qos", "org.slf4j", "org.apache.log4j")),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")
def cat(frames):
    for fr in frames:
        t = fr["method"]["type"]["name"].replace("/", ".")
        if t.startswith(JDK):
            continue
        for name, prefixes in CATS:
            if t.startswith(prefixes):
                return name
        return "other: " + ".".join(t.split(".")[:3])
    # only JDK frames: name by the leaf
    if frames:
        t = frames[0]["method"]["type"]["name"].replace("/", ".")
        return "jdk: " + ".".join(t.split(".")[:2])
    return "?"
def group(thread):
    n = re.sub(r"\d+", "N", thread or "?")
    return n
by_thread = collections.Counter(); by_cat = collections.Counter(); tc = collections.Counter()
for e in events:
    v = e["values"]
    if win and not (win[0] <= ts(v["startTime"]) <= win[1]):
        continue
    th = (v.get("sampledThread") or {}).get("javaName") or (v.get("sampledThread") or {}).get("osName") or "?"
    if flt and flt not in th:
        continue
    frames = (v.get("stackTrace") or {}).get("frames") or []
    c = cat(frames)
    by_thread[group(th)] += 1; by_cat[c] += 1; tc[(group(th), c)] += 1
total = sum(by_cat.values())
print(f"{total} samples")
print("-- by thread group")
for k, n in by_thread.most_common(25): print(f"{100*n/total:6.1f} %  {k}")
print("-- by category (leaf-first)")
for k, n in by_cat.most_common(40): print(f"{100*n/total:6.1f} %  {k}")

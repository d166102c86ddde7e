#!/usr/bin/env python3
"""CPU time per thread of a Linux process, from /proc.
  thread_cpu.py snap PID OUT.json          one snapshot
  thread_cpu.py diff A.json B.json [N]     CPU between two snapshots per thread name (digits
                                           folded), and per paragraph when N is given"""
import os, sys, re, json, collections
tick = os.sysconf("SC_CLK_TCK")
if sys.argv[1] == "snap":
    pid = sys.argv[2]; res = {}
    for t in os.listdir(f"/proc/{pid}/task"):
        try:
            st = open(f"/proc/{pid}/task/{t}/stat").read()
            comm = open(f"/proc/{pid}/task/{t}/comm").read().strip()
        except OSError:
            continue
        f = st[st.rindex(")") + 2:].split()
        res[t] = [comm, (int(f[11]) + int(f[12])) / tick]
    json.dump(res, open(sys.argv[3], "w"))
else:
    a = json.load(open(sys.argv[2])); b = json.load(open(sys.argv[3]))
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    g = collections.Counter()
    for t, (comm, cpu) in b.items():
        g[re.sub(r"\d+", "N", comm)] += cpu - (a.get(t, [comm, 0])[1])
    tot = sum(g.values())
    print(f"total {tot:.1f} s CPU" + (f", {1000*tot/n:.2f} ms per paragraph" if n else ""))
    for k, v in g.most_common(30):
        if v > 0.05:
            print(f"{v:8.2f} s {100*v/tot:5.1f} %" + (f" {1000*v/n:6.3f} ms/p" if n else "") + f"  {k}")

"""Summarise linker.eval output: one line per set (figures only; never item lines)."""
import re, sys
cur = None; rows = {}
for line in open(sys.argv[1]):
    m = re.match(r"== (\S+) \((\d+) articles\)", line)
    if m:
        cur = m.group(1).rstrip("/").split("/")[-1].replace("corpus-", ""); cur = "shared" if "shared" in m.group(1) else cur; rows[cur] = {}; continue
    if cur is None: continue
    m = re.match(r"(ALL|regulation|ruling)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", line)
    if m and m.group(1) not in rows[cur]:
        rows[cur][m.group(1)] = (m.group(4), m.group(5), m.group(6))
for k, v in rows.items():
    a = v.get("ALL", ("-",) * 3)
    print(f"{k:10s} F1 {a[2]} P {a[0]} R {a[1]}  reg {v.get('regulation', ('', '', '-'))[2]}  rul {v.get('ruling', ('', '', '-'))[2]}")

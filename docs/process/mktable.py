"""Markdown quality table from two linker.eval outputs (start, end); notes from a JSON {set: note}.
usage: mktable.py START END [NOTES.json]"""
import json, re, sys
def parse(p):
    rows, cur, order = {}, None, []
    for line in open(p):
        m = re.match(r"== (\S+) \((\d+) articles\)", line)
        if m:
            cur = m.group(1); rows[cur] = {}; order.append(cur); continue
        if cur is None: continue
        m = re.match(r"\s*(ALL|regulation|ruling|refers back)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", line)
        if m and m.group(1) not in rows[cur]:
            rows[cur][m.group(1)] = m.group(4, 5, 6)
    return rows, order
s, _ = parse(sys.argv[1]); e, order = parse(sys.argv[2])
notes = json.load(open(sys.argv[3])) if len(sys.argv) > 3 else {}
def disp(k):
    k2 = k.replace("/work/main/", "")
    if "shared/corpus" in k2: return "../shared/corpus"
    return k2
print("| corpus | linking P / R / **F1** (start) | regulations F1 | rulings F1 | refers back F1 |")
print("|---|---|---|---|---|")
for k in order:
    v = e[k]; a = v["ALL"]; st = s.get(k, {}).get("ALL", ("", "", "-"))[2]
    name = disp(k); short = name.split("/")[-1].replace("corpus-", "")
    note = notes.get(short, "")
    label = f"`{name}`" + (f" ({note})" if note else "")
    print(f"| {label} | {a[0]} / {a[1]} / **{a[2]}** ({st}) | {v.get('regulation', ('', '', '-'))[2]} | {v.get('ruling', ('', '', '-'))[2]} | {v.get('refers back', ('', '', '-'))[2]} |")

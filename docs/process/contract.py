"""SPEC contract check: `linker scan --json` over the open sets' articles. usage: contract.py DIR..."""
import json, re, subprocess, sys, pathlib
ID = re.compile(r"^(usc:\d+[a-z]?:[0-9a-z.\-]+|publ:\d+-\d+|stat:\d+:\d+|const:(amendment:\d+(:section:\d+)?|article:\d+(:section:\d+)?)"
                r"|cite:\d+:[a-z0-9.]+:\d+|cl:(cluster|docket):\d+|eo:\d+|proc:\d+|fr:\d+:\d+|bill:\d+:(hr|s|hjres|sjres|hres|sres|hconres|sconres):\d+"
                r"|cfr:\d+:[0-9a-z.\-]+|state:[a-z]{2}:[a-z0-9:.\-]+)$")
KINDS = {"statute", "constitution", "case", "ruling", "executive-action", "bill", "regulation"}
n = bad = 0
for d in sys.argv[1:]:
    for f in sorted(pathlib.Path(d).glob("*.txt")):
        out = subprocess.run([sys.executable, "-m", "linker", "scan", str(f), "--json"], capture_output=True, text=True)
        if out.returncode:
            print(f, "rc", out.returncode, out.stderr[-200:]); bad += 1; continue
        data = json.loads(out.stdout); text = f.read_text(encoding="utf-8")
        for m in data["mentions"]:
            n += 1
            probs = []
            if text[m["start"]:m["end"]] != m["text"]: probs.append("span")
            if m["kind"] not in KINDS: probs.append("kind")
            a = m.get("authority")
            if a is not None and (not ID.match(a) or a != a.lower()): probs.append("id " + a)
            if not (0 <= m["confidence"] <= 1): probs.append("conf")
            if probs: bad += 1; print(f.name, m["text"][:40], probs)
print(f"{n} mentions, {bad} problems")

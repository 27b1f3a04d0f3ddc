"""SPEC contract check: `linker scan --json` over the open sets' articles. usage: contract.py DIR..."""
import json, subprocess, sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # (the repository's linker)
from linker.ids import is_spec_id  # SPEC §2's table, and the shared gold's const:amendment:N:section:M (26th session)
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
            if a is not None and not is_spec_id(a): probs.append("id " + a)
            if not (0 <= m["confidence"] <= 1): probs.append("conf")
            if probs: bad += 1; print(f.name, m["text"][:40], probs)
print(f"{n} mentions, {bad} problems")

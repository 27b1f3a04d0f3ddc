"""Check a folder of NN-slug.txt + NN-slug.gold.json against the corpus gold format.
usage: python3 check_gold.py DIR"""
import json, re, sys, pathlib
ID = re.compile(r"^(usc:\d+[a-z]?:[0-9a-z.\-]+|publ:\d+-\d+|stat:\d+:\d+|const:(amendment:\d+(:section:\d+)?|article:\d+(:section:\d+)?)"
                r"|cite:\d+:[a-z0-9.]+:\d+|cl:(cluster|docket):\d+|eo:\d+|proc:\d+|fr:\d+:\d+|bill:\d+:(hr|s|hjres|sjres|hres|sres|hconres|sconres):\d+"
                r"|cfr:\d+:[0-9a-z.\-]+|state:[a-z]{2}:.+|act:.+|case:.+|ruling:[a-z0-9]*:.+)$")
KINDS = {"statute", "constitution", "case", "ruling-description", "executive-action", "bill", "regulation"}
bad = 0
d = pathlib.Path(sys.argv[1])
txts = sorted(d.glob("*.txt"))
for t in txts:
    g = t.with_suffix("").with_suffix(".gold.json") if False else t.parent / (t.stem + ".gold.json")
    text = t.read_text(encoding="utf-8")
    if not text.startswith("source: ") or "\n\n" not in text[:600]:
        print(t.name, "first line must be 'source: URL' then a blank line"); bad += 1
    if not g.exists():
        print(t.name, "no gold file"); bad += 1; continue
    gold = json.loads(g.read_text(encoding="utf-8"))
    for m in gold["mentions"]:
        n = text.count(m["text"])
        if m.get("occurrence", 1) > n or n == 0:
            print(g.name, "text not found at occurrence:", m["text"][:60], m.get("occurrence")); bad += 1
        if m.get("kind") not in KINDS:
            print(g.name, "bad kind", m.get("kind")); bad += 1
        for tg in [m.get("target", "")] + m.get("alt_targets", []):
            if not ID.match(tg) or (tg.split(":")[0] not in ("act", "case", "ruling") and tg != tg.lower()):
                print(g.name, "bad target", tg); bad += 1
    if "-trap-" in t.name and gold["mentions"]:
        print(g.name, "trap with mentions"); bad += 1
print(f"{len(txts)} articles, {bad} problems")

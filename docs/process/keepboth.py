"""Resolve git conflict markers in the given files by keeping both sides (ours, then theirs)."""
import re, sys
for p in sys.argv[1:]:
    s = open(p, encoding="utf-8").read()
    s2 = re.sub(r"^<<<<<<< [^\n]*\n(.*?)^=======\n(.*?)^>>>>>>> [^\n]*\n", lambda m: m.group(1) + m.group(2), s, flags=re.S | re.M)
    open(p, "w", encoding="utf-8").write(s2)
    print(p, "resolved" if s != s2 else "no markers", "; left:", s2.count("<<<<<<<"))

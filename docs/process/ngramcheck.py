"""usage: ngramcheck.py CENSUS.md SETDIR — prints 6-word sequences the census shares with the set's articles."""
import re, glob, sys
def ngrams(t, n=6):
    w = re.findall(r"\w+", t.lower()); return {" ".join(w[i:i+n]) for i in range(len(w)-n+1)}
c = open(sys.argv[1]).read()
t = " ".join(open(f).read() for f in glob.glob(sys.argv[2] + "/*.txt"))
common = sorted(ngrams(c) & ngrams(t))
print(len(common), "shared 6-word sequences"); [print(" ", x) for x in common]

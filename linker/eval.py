"""Score the scanner against gold annotations (SPEC §4): ``make eval``.

A corpus folder holds ``NN-slug.txt`` (a ``source:`` line, a blank line, the article text)
and ``NN-slug.gold.json``. Gold spans are given as the ``occurrence``-th occurrence of
``text`` in the article. Prints detection and linking precision/recall/F1 per kind, the
overall figures with and without rulings and split into mentions named outright and
mentions that refer back (gold ``anaphor``), and every miss and false alarm.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .ids import usc_overlap
from .load import from_text
from .models import Mention
from .pipeline import scan_article

KIND_ALIASES = {"ruling-description": "ruling"}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    kind: str
    targets: tuple[str, ...]
    court: str | None
    optional: bool
    anaphor: bool


@dataclass
class Tally:
    gold: int = 0
    gold_found: int = 0
    gold_linked: int = 0
    pred: int = 0
    pred_found: int = 0
    pred_linked: int = 0

    def add(self, other: Tally) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        dp = self.pred_found / self.pred if self.pred else 1.0
        dr = self.gold_found / self.gold if self.gold else 1.0
        lp = self.pred_linked / self.pred if self.pred else 1.0
        lr = self.gold_linked / self.gold if self.gold else 1.0
        return {
            "det_p": dp,
            "det_r": dr,
            "det_f1": self._f(dp, dr),
            "link_p": lp,
            "link_r": lr,
            "link_f1": self._f(lp, lr),
        }


@dataclass
class Report:
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    # the same mentions split by role: named outright, or referring back (gold ``anaphor``)
    by_role: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_links: list[str] = field(default_factory=list)

    def total(self, exclude: Iterable[str] = ()) -> Tally:
        t = Tally()
        for k, v in self.by_kind.items():
            if k not in exclude:
                t.add(v)
        return t


def read_article(path: Path) -> tuple[str, str]:
    """(source, text) of a corpus file: the text starts after the header's blank line."""
    raw = path.read_text(encoding="utf-8")
    m = re.match(r"source:\s*(.*?)\n\n", raw)
    if m:
        return m.group(1).strip(), raw[m.end() :]
    return str(path), raw


def gold_mentions(text: str, data: dict[str, Any]) -> list[Gold]:
    out = []
    for g in data.get("mentions", []):
        pos = -1
        for _ in range(int(g.get("occurrence", 1))):
            pos = text.find(g["text"], pos + 1)
            if pos < 0:
                break
        if pos < 0:
            raise ValueError(f"gold text not found: {g['text']!r} #{g.get('occurrence', 1)}")
        targets = (g["target"], *g.get("alt_targets", []))
        out.append(
            Gold(
                start=pos,
                end=pos + len(g["text"]),
                text=g["text"],
                kind=KIND_ALIASES.get(g["kind"], g["kind"]),
                targets=tuple(targets),
                court=g.get("court"),
                optional=bool(g.get("optional")),
                anaphor=bool(g.get("anaphor")),
            )
        )
    return out


def norm_name(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).lower()
    s = s.replace("’", "'")
    s = re.sub(r"\bvs?\.?\b", " v ", s)
    s = re.sub(r"\bet al\.?", " ", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def target_agrees(gold: Gold, m: Mention) -> bool:
    if gold.kind == "ruling" and m.kind == "ruling" and gold.court and m.court == gold.court:
        return True
    for t in gold.targets:
        head, _, rest = t.partition(":")
        if head in ("act", "case"):
            if m.name and norm_name(m.name) == norm_name(rest):
                return True
            continue
        if head == "ruling":
            continue
        if not m.authority:
            continue
        if head == "usc" and m.authority.startswith("usc:"):
            if usc_overlap(t, m.authority):
                return True
        elif head == "cfr" and m.authority.startswith("cfr:"):
            gp, mp = t.split(":"), m.authority.split(":")
            if gp[1] == mp[1] and gp[2].split(".")[0] == mp[2].split(".")[0]:
                return True
        elif t == m.authority:
            return True
    return False


def _role(anaphor: bool) -> str:
    return "refers back" if anaphor else "named"


def score(
    text: str, gold: Sequence[Gold], preds: Sequence[Mention], report: Report, label: str
) -> None:
    def overl(g: Gold, m: Mention) -> bool:
        return g.start < m.end and m.start < g.end

    for g in gold:
        if g.optional:
            continue
        tallies = (report.by_kind[g.kind], report.by_role[_role(g.anaphor)])
        for t in tallies:
            t.gold += 1
        hits = [m for m in preds if overl(g, m)]
        if hits:
            for t in tallies:
                t.gold_found += 1
            if any(target_agrees(g, m) for m in hits):
                for t in tallies:
                    t.gold_linked += 1
            else:
                got = ", ".join(f"{m.kind}:{m.authority or m.court or m.name}" for m in hits)
                report.wrong_links.append(
                    f"{label}: {g.kind} {g.text!r} want {g.targets[0]} got {got}"
                )
        else:
            report.misses.append(
                f"{label}: {g.kind}{' (anaphor)' if g.anaphor else ''} {g.text!r} → {g.targets[0]}"
            )
    for m in preds:
        overlapping = [g for g in gold if overl(g, m)]
        if overlapping and all(g.optional for g in overlapping):
            continue
        tallies = (report.by_kind[m.kind], report.by_role[_role(m.anaphor)])
        for t in tallies:
            t.pred += 1
        if overlapping:
            for t in tallies:
                t.pred_found += 1
            if any(target_agrees(g, m) for g in overlapping):
                for t in tallies:
                    t.pred_linked += 1
        else:
            report.false_alarms.append(f"{label}: {m.kind} {m.text!r} → {m.authority or m.court}")


def evaluate(folders: Sequence[Path]) -> Report:
    report = Report()
    for folder in folders:
        if not folder.is_dir():
            continue
        for gold_path in sorted(folder.glob("*.gold.json")):
            txt = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
            if not txt.exists():
                continue
            source, text = read_article(txt)
            data = json.loads(gold_path.read_text(encoding="utf-8"))
            gold = gold_mentions(text, data)
            article = from_text(text, source)
            preds = scan_article(article).mentions
            score(text, gold, preds, report, txt.stem)
    return report


def format_report(report: Report, *, details: bool = True) -> str:
    lines = [
        f"{'kind':<18}{'gold':>5}{'pred':>5}  {'det P':>6}{'det R':>6}{'det F1':>7}  "
        f"{'link P':>6}{'link R':>7}{'link F1':>8}"
    ]

    def row(name: str, t: Tally) -> str:
        f = t.figures()
        return (
            f"{name:<18}{t.gold:>5}{t.pred:>5}  {f['det_p']:>6.2f}{f['det_r']:>6.2f}"
            f"{f['det_f1']:>7.2f}  {f['link_p']:>6.2f}{f['link_r']:>7.2f}{f['link_f1']:>8.2f}"
        )

    for kind in sorted(report.by_kind):
        lines.append(row(kind, report.by_kind[kind]))
    lines.append(row("ALL", report.total()))
    lines.append(row("ALL but rulings", report.total(exclude=("ruling",))))
    for role in ("named", "refers back"):
        if role in report.by_role:
            lines.append(row(f"  {role}", report.by_role[role]))
    if not details:
        lines.append("(a blind set: its misses are not listed, so nobody tunes on them;")
        lines.append(" `python -m linker.eval --show-blind FOLDER` lists them)")
        return "\n".join(lines)
    if report.misses:
        lines.append("\nmisses:")
        lines.extend(f"  {x}" for x in report.misses)
    if report.wrong_links:
        lines.append("\nfound but not linked right:")
        lines.extend(f"  {x}" for x in report.wrong_links)
    if report.false_alarms:
        lines.append("\nfalse alarms:")
        lines.extend(f"  {x}" for x in report.false_alarms)
    return "\n".join(lines)


BLIND_MARKER = ".blind"  # a file in a corpus folder: the set is scored, its misses not shown


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    show_blind = "--show-blind" in args
    args = [a for a in args if a != "--show-blind"]
    folders = [Path(a) for a in args] or [Path("../shared/corpus"), Path("tests/corpus")]
    for n, folder in enumerate(f for f in folders if f.is_dir()):
        count = len(list(folder.glob("*.gold.json")))
        print(("\n" if n else "") + f"== {folder} ({count} articles)")
        details = show_blind or not (folder / BLIND_MARKER).exists()
        print(format_report(evaluate([folder]), details=details))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Two guards on suits told without a caption (twentieth session, lead, from a blind diagnosis):
"the state's lawsuit" is the suit of the state the text told of last, and an attorney general
who co-leads suits in many courts does not tell one suit of a busy court from its others."""

from linker.load import from_text
from linker.pipeline import scan_article


def _cases(text: str, date: str) -> dict[str, str | None]:
    article = scan_article(from_text(text, "x.txt", date=date))
    return {m.text: m.court for m in article.mentions if m.kind == "case"}


def test_the_states_lawsuit_is_the_state_told_last_not_the_best_evidenced_suit() -> None:
    text = (
        "A federal judge in Maryland on Monday blocked the firing of probationary employees, "
        "and workers rallied outside. Maryland Gov. Zed Quill said the workers must return. "
        "The court will hear arguments today on the state’s lawsuit about the dismissals. "
        "Also today, U.S. District Judge Thomas Rice will hold a hearing on Washington’s "
        "lawsuit over mifepristone. Last week U.S. District Judge Thomas Rice blocked the "
        "agency's new limits on the pill."
    )
    cases = _cases(text, "2025-04-10")
    assert "the state’s lawsuit" not in cases  # Washington's suit is not Maryland's
    assert cases.get("Washington’s lawsuit") == "waed"


def test_a_co_leading_attorney_general_tells_no_suit_of_a_busy_court() -> None:
    text = (
        "Attorney General Vance Pell today announced that the First Circuit Court of Appeals "
        "denied the federal government's motion to stay the preliminary injunction that halts "
        "the closure of three federal offices that fund rural parks, fisheries and "
        "transportation grants for small towns. Attorney General Pell co-led this lawsuit "
        "with Attorney General Rob Bonta of California and Attorney General Mara Quist of "
        "Delaware. Joining the lawsuit are the attorneys general of Vermont and Maine."
    )
    assert _cases(text, "2025-11-03") == {}

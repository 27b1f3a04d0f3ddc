"""Low-scoring readable sets, twenty-fifth session (s25-lowdev). Sentences of our own in the
shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2024-05-20"
CWA = "usc:33:1251"  # the Clean Water Act (acts.csv)


def _found(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == kind]


# --- "the act to stand": the law, with what becomes of it after it ---------------------------


def test_the_act_to_stand_refers_back() -> None:
    text = (
        "Congress passed the Clean Water Act in 1972. Growers say that allowing the act to "
        "stand would ruin small farms."
    )
    assert ("the act", CWA) in _found(text, "statute")


def test_the_act_to_remain_refers_back() -> None:
    text = (
        "Congress passed the Clean Water Act in 1972. The ruling allows the act to remain in "
        "force while the appeal went on."
    )
    assert ("the act", CWA) in _found(text, "statute")


def test_an_act_to_follow_is_still_an_idiom() -> None:
    text = "Congress passed the Clean Water Act in 1972. It was a hard act to follow, he said."
    assert [t for t, _ in _found(text, "statute")] == ["Clean Water Act"]


# --- a known suit whose first party holds "in" / "on" / "to" ----------------------------------


def _cases(text: str) -> list[str]:
    return [m.text for m in mentions(text, DATE) if m.kind == "case"]


def test_a_known_suit_keeps_the_words_before_in() -> None:
    # lawsuits.csv: "Chicago Women in Trades v. Trump"
    text = (
        "A coalition filed a brief last week in Chicago Women in Trades v. Trump, its lawyer said."
    )
    assert _cases(text) == ["Chicago Women in Trades v. Trump"]


def test_a_known_suit_keeps_its_whole_first_party_across_two_joins() -> None:
    # lawsuits.csv: "Citizens for Responsibility and Ethics in Washington v. Office of
    # Management and Budget"
    text = (
        "The watchdog group won a ruling in Citizens for Responsibility and Ethics in "
        "Washington v. Office of Management and Budget on Friday."
    )
    assert _cases(text) == [
        "Citizens for Responsibility and Ethics in Washington v. Office of Management and Budget"
    ]


def test_a_court_before_in_is_no_party() -> None:
    text = "The Fifth Circuit in Texas v. United States said the program was unlawful."
    assert _cases(text) == ["Texas v. United States"]


def test_an_unknown_caption_is_not_stretched_across_in() -> None:
    text = "Local Groups in Ohio v. Smith was filed in Columbus on Monday, the group said."
    assert _cases(text) == ["Ohio v. Smith"]


# --- "the X case against Y": X's other case when the caption does not name Y -----------------


def _case_names(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, DATE) if m.kind == "case"]


def test_a_partys_case_against_someone_else_is_not_the_caption() -> None:
    text = (
        "In Acme Widgets v. Brightline Corp., the appeals court sided with the company. "
        "Separately, the Brightline case against Zenith goes to trial in March."
    )
    found = _case_names(text)
    assert ("the Brightline case", "Acme Widgets v. Brightline Corp.") not in found
    assert not any(t.startswith("the Brightline case") for t, _ in found)


def test_a_partys_case_against_the_other_party_is_still_the_caption() -> None:
    text = (
        "In Acme Widgets v. EPA, the appeals court sided with the company. The Acme case "
        "against the Environmental Protection Agency goes on."
    )
    assert ("The Acme case", "Acme Widgets v. EPA") in _case_names(text)


# --- a ballot label that a repeal undoes, or a law violates: the measure in force -------------

MO_ABORTION = "state:mo:const:1-36"  # Missouri's Amendment 3 (2024) (ballot_measures.csv)


def _labels(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.text == "Amendment 3"]


def test_the_label_a_referendum_would_repeal_is_the_adopted_measure() -> None:
    text = (
        "Missouri lawmakers sent voters a referendum on abortion that would repeal Amendment 3 "
        "and allow abortions only in narrow cases."
    )
    assert _labels(text, "2025-06-01") == [("Amendment 3", MO_ABORTION)]


def test_the_label_a_law_is_said_to_violate_is_the_adopted_measure() -> None:
    text = (
        "Lawyers for Missouri clinics told a judge the abortion waiting period is in "
        "violation of Amendment 3, the measure voters backed."
    )
    assert _labels(text, "2025-06-01") == [("Amendment 3", MO_ABORTION)]


def test_the_label_still_to_be_voted_on_stays_unlinked() -> None:
    text = (
        "Missouri voters will decide on Amendment 3, an abortion measure, on the ballot next year."
    )
    assert all(a != MO_ABORTION for _, a in _labels(text, "2025-06-01"))


def test_an_undated_label_a_repeal_undoes_is_the_adopted_measure() -> None:
    text = "Lawmakers want Missouri voters to repeal Amendment 3 on abortion next year."
    assert [(t, a) for t, a in _labels_undated(text)] == [("Amendment 3", MO_ABORTION)]


def _labels_undated(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, None) if m.text == "Amendment 3"]

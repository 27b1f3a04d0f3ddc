"""Two Montana suits of 2021 told without their captions (``lawsuits.csv``, twentieth session):
the suit against S.B. 280 (birth certificates) before Judge Moses and the suit against S.B.
319's amendments before Judge Menahan. Made-up sentences."""

from __future__ import annotations

from conftest import mentions


def cases(text: str, date: str) -> dict[str, str | None]:
    # (a Montana story: the state is named in each sentence set)
    return {m.text: m.name for m in mentions(text, date) if m.kind == "case"}


def test_the_birth_certificate_suit() -> None:
    text = (
        "State District Court Judge Michael Moses in Billings on Tuesday blocked Montana Senate "
        "Bill 280, which changed how people amend the sex on their birth certificates. The suit "
        "said the law violates the privacy of transgender Montanans."
    )
    assert cases(text, "2022-04-22")["The suit"] == "Marquez v. State of Montana"


def test_the_single_subject_suit() -> None:
    text = (
        "Montana District Judge Mike Menahan ruled Thursday that two late amendments to "
        "Senate Bill 319 broke the state Constitution's single-subject rule. Forward "
        "Montana and other groups had challenged the amendments, and the state may appeal the case."
    )
    assert cases(text, "2022-02-04")["the case"] == "Forward Montana v. State of Montana"


def test_no_suit_before_it_was_filed() -> None:
    text = (
        "Montana District Judge Mike Menahan ruled Thursday that Senate Bill 319 broke the "
        "state Constitution. Forward Montana had challenged it, and the state may appeal the case."
    )
    assert cases(text, "2021-03-01").get("the case") is None


def test_mentions_helper_still_finds_the_bill() -> None:
    got = {m.text for m in mentions("The Montana Senate passed Senate Bill 319 in April.")}
    assert "Senate Bill 319" in got

"""Twenty-seventh session (census40 P3, P4, P5, P9, P10): rulings told by a party's result,
short sentences that leave their object out, over-reads. Made-up sentences of the shapes the
census showed."""

from __future__ import annotations

from conftest import rulings


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text)]


def test_a_bare_refusal_after_a_request_for_rehearing_is_a_ruling() -> None:
    text = (
        "After a Fourth Circuit panel ruled against it in 2020, the county asked the full "
        "court to rehear the case. The majority declined. The county then petitioned the "
        "Supreme Court, asking the justices to take up the dispute. The Supreme Court also "
        "declined."
    )
    found = _found(text)
    assert ("The majority declined", "ca4") in found
    assert ("The Supreme Court also declined", "scotus") in found


def test_a_bare_refusal_with_no_request_before_it_is_no_ruling() -> None:
    text = (
        "A Fourth Circuit panel ruled against the county in 2020. Reporters called the "
        "court's clerk for comment. The clerk declined."
    )
    assert not [f for f in _found(text) if "declined" in f[0]]


def test_a_loss_before_a_panel_with_a_time_between_is_that_courts_ruling() -> None:
    text = (
        "The town asked the justices to hear its appeal, having lost last spring before a "
        "three-judge Fourth Circuit panel."
    )
    assert ("lost last spring before a three-judge Fourth Circuit panel", "ca4") in _found(text)


def test_after_losing_before_a_court_is_a_ruling_but_a_feared_loss_is_not() -> None:
    text = "After losing before the Sixth Circuit in 2015, the county sought rehearing."
    assert ("losing before the Sixth Circuit", "ca6") in _found(text)
    text = "Officials fear losing before the Sixth Circuit next year."
    assert not _found(text)

"""Readable sets under 0.85, twenty-fourth session (s24-lowdev2): a state law's nickname set
off in quotation marks after "the state's" ('the state's "trigger law,"'), and "the state" of a
roundup paragraph that turned to one state with "In STATE," a sentence before. Sentences of our
own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-09-01"


def _statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == "statute"]


def test_a_quoted_nickname_after_the_states_is_the_states_law() -> None:
    text = (
        "Kentucky's attorney general spoke on Tuesday. He said he would defend the state's "
        "“trigger law” in every court."
    )
    assert ("the state's “trigger law”", "state:ky:krs:311.772") in _statutes(text)


def test_the_closing_comma_and_mark_belong_to_the_phrase() -> None:
    text = (
        "Kentucky's attorney general spoke on Tuesday. He defended the state's \"trigger "
        'law," which took effect last summer.'
    )
    assert ('the state\'s "trigger law,"', "state:ky:krs:311.772") in _statutes(text)


def test_a_quotation_that_goes_on_past_the_head_is_not_a_nickname() -> None:
    text = (
        "Kentucky's attorney general spoke on Tuesday. He said the state's \"trigger law is "
        'settled" and would stand.'
    )
    assert not any("trigger" in t for t, _ in _statutes(text))


_ROUNDUP = (
    "TALLAHASSEE, Fla. — A Florida judge on Friday blocked Florida's 15-week abortion ban, "
    "calling them a breach of the Florida Constitution's privacy clause. Florida will "
    "appeal, Florida's governor said.\n"
    "In Kentucky, a judge on Friday also blocked a near-total ban. The attorney general vowed "
    "to appeal the ruling over the state's trigger law."
)


def test_a_paragraph_that_turns_to_a_state_speaks_of_that_state() -> None:
    # the article is Florida's, but the paragraph turned to Kentucky with "In Kentucky,"
    assert ("the state's trigger law", "state:ky:krs:311.772") in _statutes(_ROUNDUP)


def test_another_state_named_since_leaves_the_state_unknown() -> None:
    text = _ROUNDUP.replace("The attorney general vowed", "Ohio's attorney general vowed")
    assert not any(a == "state:ky:krs:311.772" and "trigger" in t for t, a in _statutes(text))


def test_the_paragraph_state_is_the_one_its_in_state_sentence_turned_to() -> None:
    from linker.scanner.described_laws import _paragraph_state

    text = "Florida news first.\nIn Kentucky, a judge ruled. The state's law stands."
    at = text.index("The state's")
    assert _paragraph_state(text, at, at + 11) == "Kentucky"
    # a new paragraph starts afresh
    text2 = "In Kentucky, a judge ruled.\nThe state's law stands."
    at2 = text2.index("The state's")
    assert _paragraph_state(text2, at2, at2 + 11) is None

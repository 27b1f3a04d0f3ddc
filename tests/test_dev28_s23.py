"""What the new open set dev28 taught, twenty-third session (branch s23-dev28). The
sentences are our own, made up in the shapes news prints."""

from __future__ import annotations

from conftest import mentions

from linker.scanner.sentences import split_sentences


def spans(text: str, date: str | None = "2024-09-01") -> list[tuple[int, str, str | None]]:
    return [(m.start, m.text, m.authority) for m in mentions(text, date)]


# --- a quotation inside a quotation closes on two marks ------------------------------------------


def test_a_sentence_ends_after_a_nested_quotation_closes() -> None:
    text = "The panel said the order lacked a ‘sound basis.’” The judge then ruled again."
    cut = [text[a:b].strip() for a, b in split_sentences(text)]
    assert cut == [
        "The panel said the order lacked a ‘sound basis.’”",
        "The judge then ruled again.",
    ]


def test_a_back_reference_before_a_nested_quotation_is_kept() -> None:
    # the next sentence, which sets the rule against a course "instead of" taking another,
    # no longer shares the first one's sentence
    text = (
        "The Federal Trade Commission’s Final Rule banning non-competes was set aside. "
        "The court found that the Rule’s “blanket approach fails to draw a ‘rational "
        "connection between the facts and the choice.’”  The judge said the agency chose a "
        "broad ban instead of targeting harmful non-competes, which renders the Rule invalid."
    )
    rules = [(t, a) for s, t, a in spans(text) if t == "the Rule"]
    assert rules == [("the Rule", "fr:89:38342"), ("the Rule", "fr:89:38342")]

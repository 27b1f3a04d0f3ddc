"""A rule's whole Federal Register title, too long to be a name alone, printed right after the
rule word ("a final rule, Defining and Delimiting …"), with or without its list's last comma;
the year its sentence opens with picks the version (issue 13, twentieth session). Made-up
sentences."""

from __future__ import annotations

from conftest import mentions

TITLE_OXFORD = (
    "Defining and Delimiting the Exemptions for Executive, Administrative, Professional, "
    "Outside Sales, and Computer Employees"
)
TITLE_PLAIN = TITLE_OXFORD.replace("Sales, and", "Sales and")


def regs(text: str, date: str | None = None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "regulation"}


def test_title_after_a_final_rule_with_the_serial_comma() -> None:
    text = (
        "On May 2, 2024, the Labor Department published a final rule, "
        f"{TITLE_OXFORD}. The final rule raises the salary level for many workers."
    )
    got = regs(text)
    assert got[TITLE_OXFORD] == "fr:89:32842"
    assert "a final rule" not in got  # the title in apposition is the mention
    assert got["The final rule"] == "fr:89:32842"


def test_title_without_the_serial_comma_and_an_earlier_year() -> None:
    text = (
        "In 2016, the department issued a new rule, "
        f"{TITLE_PLAIN}, which a court later blocked before it took effect."
    )
    assert regs(text)[TITLE_PLAIN] == "fr:81:32391"


def test_title_after_titled() -> None:
    text = f"Employers should review the rule titled {TITLE_OXFORD} with counsel."
    # no year told: the part of the C.F.R. the versions share, never a guessed version
    assert regs(text)[TITLE_OXFORD] == "cfr:29:541"


def test_long_title_alone_is_no_mention() -> None:
    text = f"The handbook has a chapter called {TITLE_OXFORD} for managers to read."
    assert TITLE_OXFORD not in regs(text)


def test_serial_comma_variants() -> None:
    from linker.scanner.namedrules import serial_comma_variants

    assert serial_comma_variants("Apples, Pears, and Plums Standards") == (
        "Apples, Pears and Plums Standards",
    )
    assert serial_comma_variants("Apples, Pears and Plums Standards") == (
        "Apples, Pears, and Plums Standards",
    )
    assert serial_comma_variants("Safety and Health Standards") == ()

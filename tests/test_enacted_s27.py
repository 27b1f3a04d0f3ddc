"""A state bill's list of new laws, each bill by its number and the act it enacts; an act whose
name opens on an amendment; a described law in a sentence that prints its own bill number; an
act's name with a stray apostrophe (twenty-seventh session, census36 P7, P9, P10). Sentences
of our own in the shapes news prints."""

from __future__ import annotations

from conftest import mentions

ROUNDUP = (
    "Gov. Jane Roe signed 14 bills on Friday.\n"
    "- House Bill 12: Enacts “Kayla’s Law,” which raises penalties for drunk driving.\n"
    "- Senate Bill 40: Sponsored by Sen. Poe, this bill bans fees for gun owners and enacts the "
    "Fourth Amendment Data Protection Act.\n"
    "- House Bill 77: Introduces the Teachers’ Bill of Rights, requiring schools to post "
    "their policies.\n"
    "Ohio lawmakers sent the bills to her desk in December."
)


def found(text: str, date: str | None = "2025-01-10") -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.kind, m.authority) for m in mentions(text, date)}


def test_each_bill_gives_its_id_to_the_act_it_enacts():
    got = found(ROUNDUP)
    assert got["Kayla’s Law"] == ("statute", "state:oh:bill:hb12")
    assert got["Fourth Amendment Data Protection Act"] == ("statute", "state:oh:bill:sb40")
    assert got["Teachers’ Bill of Rights"] == ("statute", "state:oh:bill:hb77")


def test_an_act_named_for_an_amendment_is_no_constitution_mention():
    got = found(ROUNDUP)
    assert "Fourth Amendment" not in got
    got = found("Lawmakers passed the Second Amendment Banking Privacy Act last week.")
    assert all(k != "constitution" for k, _ in got.values())


def test_the_amendment_alone_is_still_the_constitution():
    got = found("The act, critics say, violates the Second Amendment and the state's own law.")
    assert got["Second Amendment"] == ("constitution", "const:amendment:2")
    got = found("Judges read the First Amendment, Act by Act, in the old cases.")
    assert got["First Amendment"] == ("constitution", "const:amendment:1")


def test_a_name_after_another_bills_number_goes_to_that_bill():
    text = (
        "In Ohio, House Bill 5 changes school calendars, and Senate Bill 9 creates the "
        "Harbor Safety Act, lawmakers said."
    )
    assert found(text).get("Harbor Safety Act") == ("statute", "state:oh:bill:sb9")


def test_a_federal_act_beside_a_state_bill_keeps_its_own_id():
    text = "In Ohio, Senate Bill 9 creates a state fund, known as the Clean Air Act fund."
    got = found(text)
    assert got.get("Clean Air Act", (None, None))[1] != "state:oh:bill:sb9"


def test_a_part_of_an_act_is_not_the_bills_name():
    text = "In Ohio, Senate Bill 9 creates the Harbor Safety Act amendments for ports."
    assert found(text).get("Harbor Safety Act", (None, None))[1] != "state:oh:bill:sb9"


def test_a_sentence_with_its_own_bill_number_is_not_another_laws_description():
    text = (
        "Ohio's new laws took effect this month. Senate Bill 104 requires students to use "
        "school bathrooms that match their sex at birth. By next year, the state is now "
        "mandating that public schools post their religious accommodation policies, "
        "including three excused absences each year (House Bill 214)."
    )
    ids = {a for _, a in found(text, "2025-02-01").values()}
    got = found(text, "2025-02-01")
    assert got["House Bill 214"] == ("statute", "state:oh:bill:hb214")
    assert not any(t.startswith("the state is now") for t in got)
    assert "state:oh:bill:hb214" in ids


def test_a_stray_apostrophe_inside_an_acts_name_still_finds_the_act():
    got = found("Workers are covered by the Fair Labor Standard’s Act’s overtime rules.")
    assert got["Fair Labor Standard’s Act"] == ("statute", "usc:29:201")


def test_the_farm_worker_act_has_a_home():
    got = found("Growers must follow the Migrant and Seasonal Agricultural Worker Protection Act.")
    assert got["Migrant and Seasonal Agricultural Worker Protection Act"] == (
        "statute",
        "usc:29:1801",
    )

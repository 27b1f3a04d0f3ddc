"""The phrase matcher's case rules, made on a hit's first need, still hold."""

from linker.scanner.phrases import PhraseMatcher


def _found(matcher: PhraseMatcher[str], text: str) -> list[str]:
    return [h.phrase for h in matcher.finditer(text)]


def test_capitalised_words_and_abbreviations_keep_their_case() -> None:
    m = PhraseMatcher([("Riot Act", "riot"), ("INA", "ina"), ("habeas corpus", "hc")], shared=False)
    assert _found(m, "under the Riot Act and the INA") == ["Riot Act", "INA"]
    assert _found(m, "read them the riot act, Ina said") == []
    # a lower-case word may be capitalised in the text; a capital may be written in capitals
    assert _found(m, "Habeas Corpus and the RIOT ACT") == ["Habeas Corpus", "RIOT ACT"]
    assert _found(m, "the riot Act, the Riot act") == []

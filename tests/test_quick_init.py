"""A frozen dataclass with a quicker ``__init__`` behaves as the dataclass, reads as fast."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from linker.models import Mention, quick_init


def test_mention_is_made_as_the_dataclass_makes_it() -> None:
    m = Mention(3, 9, "the Act", "statute", "usc:42:1983", confidence=0.9, matcher="names")
    assert [getattr(m, f.name) for f in dataclasses.fields(Mention)] == [
        3, 9, "the Act", "statute", "usc:42:1983", None, None, 0.9, False, None, None, "names"
    ]  # fmt: skip
    assert m == Mention(3, 9, "the Act", "statute", "usc:42:1983", None, None, 0.9, False,
                        None, None, "names")  # fmt: skip
    assert hash(m) == hash(dataclasses.replace(m))
    assert m.with_(start=4).start == 4 and m.start == 3
    assert pickle.loads(pickle.dumps(m)) == m
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        Mention(1, 2, "x")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        m.with_(nothing=1)


def test_only_plain_defaults() -> None:
    @dataclasses.dataclass(frozen=True)
    class Listed:
        items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        quick_init(Listed)

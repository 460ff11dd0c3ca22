"""A candidate reads as the match it was built from, without keeping the match."""

from __future__ import annotations

import gc

import regex

from newsfacts_dates import families
from newsfacts_dates.family import Candidate

# Our own sentences, one or more of every family's shapes, with parts that match and parts that do not.
TEXTS = (
    "On March 3, 2019 at 9:30 a.m. the talks opened; by mid-2020 and the spring of 2021 they had stalled.",
    "Every Tuesday since the 1990s, twice a week, the envoy flew in; three weeks ago he stopped, last Friday too.",
    "In the third quarter of 2024, around Christmas and the 19th century's end, 2023-05-17 came and went.",
    "The next morning, two decades later, nineteen-eighties nostalgia peaked at noon on 4 July 1976.",
    "It's the second day of the strike, and today is the 10th straight day of rain.",
)


def _candidates() -> list[tuple[Candidate, regex.Match[str]]]:
    found = []
    for text in TEXTS:
        for position in range(len(text)):
            for family in families.FAMILIES:
                match = family.compiled.match(text, position, min(len(text), position + families.LONGEST))
                if match is not None:
                    found.append((Candidate(family, match), match))
    return found


def test_a_candidate_gives_every_part_its_match_gives() -> None:
    pairs = _candidates()
    assert len({candidate.family.kind for candidate, _ in pairs}) > len(families.FAMILIES) // 2
    for candidate, match in pairs:
        assert (candidate.start, candidate.end, candidate.text, candidate[0]) == (
            match.start(),
            match.end(),
            match.group(),
            match.group(),
        )
        for name in match.re.groupindex:
            assert candidate[name] == match.group(name), (candidate, name)
        assert candidate["no such part"] is None


def test_a_candidate_keeps_neither_the_match_nor_a_copy_of_its_parts() -> None:
    for candidate, _ in _candidates():
        referents = gc.get_referents(candidate)
        assert not any(isinstance(item, regex.Match) for item in referents)
        assert candidate.start is candidate.start  # an int kept once, not made at every read
        parts = next(item for item in referents if isinstance(item, tuple))
        assert all(isinstance(part, int) or part in candidate.family.compiled.groupindex for part in parts)


def test_the_finder_and_a_full_match_build_the_same_candidate() -> None:
    text = "They met on March 3, 2019, then again next Tuesday."
    found = families.match_family(text, text.index("March"), families.FAMILIES)
    assert found is not None
    again = families.fullmatch_family(text, found.start, found.end)
    assert again is not None
    assert (again.family, again.start, again.end, again["mon"], again["day"], again["yr"]) == (
        found.family,
        found.start,
        found.end,
        "March",
        "3",
        "2019",
    )

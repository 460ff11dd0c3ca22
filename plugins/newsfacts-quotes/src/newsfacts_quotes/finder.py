"""Finding direct, indirect and mixed quotes with their cue and the source mention beside them.

The data flow, each step a function returning its own named type:

1. :func:`~newsfacts_quotes.reading.read_page`: the text's sentences, quotation marks and datelines
   as an immutable :class:`~newsfacts_quotes.reading.Page`;
2. :func:`~newsfacts_quotes.direct.find_direct`: quotations and their tags, then
   :func:`~newsfacts_quotes.reading.with_direct` records them on the page so later steps skip them;
3. the cheap candidates of every other kind, in this order: reporting verbs
   (:mod:`~newsfacts_quotes.indirect`), learned phrases, "according to", "NAME:" and poll standings
   (:mod:`~newsfacts_quotes.sources`);
4. :func:`~newsfacts_quotes.assembly.assemble`: false quotes dropped, sources settled, ordered.

Every step reads a bounded window around each candidate, so the whole is linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts_quotes.assembly import assemble
from newsfacts_quotes.direct import find_direct
from newsfacts_quotes.indirect import find_indirect
from newsfacts_quotes.reading import Candidate, read_page, with_direct
from newsfacts_quotes.sources import find_according, find_colon_sources, find_phrases, find_poll_standings

__all__ = ["Candidate", "find_candidates"]


def find_candidates(text: str, sentences: Sequence[tuple[int, int, int]]) -> list[Candidate]:
    """Every quote candidate in ``text``, given the sentences as (start, end, paragraph)."""
    before_direct = read_page(text, sentences)
    direct = find_direct(before_direct)
    page = with_direct(before_direct, direct.candidates, direct.ranges)
    found = [*direct.candidates, *find_indirect(page)]
    found += find_phrases(page, found)
    according = find_according(page)
    found += according.candidates
    found += find_colon_sources(page, found)
    found += find_poll_standings(page)
    return assemble(page, found, according.governed)

"""``Voters see the mayor as a threat``: a verb of regarding whose report is its object and "as" phrase.

"see", "view" and "regard" report a view when an "as" phrase follows their object: the
object and the phrase together are what the subject holds ("the mayor as a threat").
Without the phrase they report nothing ("They see a harbour", "He saw the film"), so
only the "as" shape is read. The object is a few words and "as" a preposition there,
not "as well" or "as soon as".
"""

from __future__ import annotations

from newsfacts.text import LazyPattern, alternation, word_set
from newsfacts_quotes.lexicon import PREPOSITIONS
from newsfacts_quotes.openings import SUBJECT_PRONOUNS

VIEWING_VERBS = word_set("see sees saw view views viewed regard regards regarded")
# The forms that are no reporting verb otherwise: only their "as" shape reports.
VIEW_ONLY_VERBS = word_set("see sees saw views regard regards")
# The object (up to eight words, no punctuation) and the "as" after it; the word after "as" is read too.
_OBJECT_AS = LazyPattern(r"[ \u00a0]++((?:[\p{L}\d'’\-]++[ \u00a0]++){0,8}?)as[ \u00a0]++([\p{L}\d“\"'‘]++)")
# "as well", "as soon as", "as long as", "as if": no "as" phrase of a view.
_NOT_A_VIEW = word_set("well soon long if though much many far part of")
# "as it happened", "as they drove past": "as" opens a clause of time or manner, no view.
_CLAUSE_SUBJECTS = SUBJECT_PRONOUNS | word_set("it you")
# "see him as often as I can", "profits as high as 8 percent": "as ... as" compares, no view.
_SECOND_AS = ("as ", "as\u00a0")
# A verb's "as" follows within this many characters.
_WINDOW_CHARS = 120


def object_as_start(text: str, w_end: int, hi: int, verb: str = "") -> int | None:
    """Where the reported object opens after a verb of regarding ending at ``w_end``, or None.

    ``what critics see as a threat`` reports the "as" phrase itself; the start is then at "as". A past
    form right before "as" is a passive ("who is viewed as honest", "activities viewed as ..."): none.
    """
    window_end = min(hi, w_end + _WINDOW_CHARS)
    if text.find(" as ", w_end, window_end) < 0:
        return None  # no "as" near: nothing to compile or match
    match = _OBJECT_AS.compiled.match(text, w_end, window_end)
    if match is None:
        return None
    after_as = match.group(2).lower()
    if after_as in _NOT_A_VIEW or after_as in _CLAUSE_SUBJECTS:
        return None
    if text.startswith(_SECOND_AS, match.end() + 1):
        return None
    object_words = match.group(1).split()
    if any(word.lower() in _NOT_AN_OBJECT for word in object_words):
        return None
    if object_words and object_words[0].lower() in PREPOSITIONS:
        return None  # "the grim view of the council ... as": a noun and its phrase, no object
    if not object_words and verb.endswith("ed"):
        return None
    return match.start(1) if object_words else match.start(2) - len("as ")


# Words that make the stretch before "as" a clause or a comparison, not an object.
_NOT_AN_OBJECT = word_set("as that which who is are was were be been will would can could has have had not")


# The forms of regarding that are no reporting verb, as whole words.
_VIEW_ONLY_FORM = LazyPattern(r"\b" + alternation(VIEW_ONLY_VERBS) + r"\b")


def viewing_verbs_in(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the view-only forms ("see", "saw", "regards") in the sentence ``lo:hi``.

    The verb finder does not know them, as they report only before an "as" phrase: a sentence
    without " as " is not scanned at all.
    """
    if text.find(" as ", lo, hi) < 0:
        return []
    return [match.span() for match in _VIEW_ONLY_FORM.compiled.finditer(text, lo, hi)]


def viewed_as(text: str, verb: str, w_end: int, hi: int) -> bool:
    """``Many fishermen view the wall as a waste``: a base form before an object and "as" is a verb."""
    return verb in VIEWING_VERBS and object_as_start(text, w_end, hi) is not None


def view_end(text: str, start: int, hi: int) -> int:
    """Where a view read from ``start`` ends: at the first comma, which closes the "as" phrase.

    "While they see themselves as partners, their relations ...": what follows the comma is the
    writer's main clause, not part of the view.
    """
    comma = text.find(",", start, hi)
    return hi if comma < 0 else comma

"""The hook implementations newsfacts loads through the ``quotes`` entry point."""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts import Document, Quote, Span, Speaker, hookimpl
from newsfacts_quotes.analysis import analyse
from newsfacts_quotes.mentions import pronoun_core


@hookimpl
def newsfacts_find_quotes(document: Document) -> Iterator[Quote]:
    """Direct, indirect and mixed quotes, each with its cue and the source mention beside it."""
    text = document.text
    # An article repeats a few cue words and mentions ("said", "he"): each is kept once, not once a quote.
    words: dict[str, str] = {}
    for candidate in analyse(document).found():
        cue = None
        if candidate.cue is not None:
            word = text[slice(*candidate.cue)]
            cue = Span(text=words.setdefault(word, word), start=candidate.cue[0], end=candidate.cue[1])
        speaker = None
        if candidate.mention is not None:
            m_start, m_end = pronoun_core(text, *candidate.mention)
            mention = text[m_start:m_end]
            mention = words.setdefault(mention, mention)
            speaker = Speaker(name=mention, text=mention, start=m_start, end=m_end)
        yield Quote(
            text=text[candidate.start : candidate.end],
            start=candidate.start,
            end=candidate.end,
            kind=candidate.kind,
            speaker=speaker,
            cue=cue,
        )


@hookimpl(trylast=True)
def newsfacts_attribute_speaker(document: Document, quote: Quote) -> Speaker | None:
    """The fullest name for the quote's source, keeping the mention nearest the quote."""
    analysis = analyse(document)
    if quote.speaker is not None:
        mention = (quote.speaker.start, quote.speaker.end)
    else:
        candidate = analysis.candidate_for(quote.start, quote.end)
        if candidate is None or candidate.mention is None:
            return None
        mention = candidate.mention
    start, end = mention
    name = analysis.speakers.resolve(start, end)
    if quote.speaker is not None and name == quote.speaker.name == quote.speaker.text:
        # The mention is the fullest name: the quote's own speaker is the very record to return (equal values,
        # already checked and stamped), so none is built and stamped again.
        return quote.speaker
    # The quote's own mention's text is the same string: one copy of it serves both records.
    text = quote.speaker.text if quote.speaker is not None else document.text[start:end]
    return Speaker(name=text if name == text else name, text=text, start=start, end=end)

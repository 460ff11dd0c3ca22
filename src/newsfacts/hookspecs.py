"""The hook reference: every hook a newsfacts plugin can implement.

A plugin is any module or object with functions named after these hooks and
marked with :data:`newsfacts.hookimpl`. It is found through the ``newsfacts``
entry-point group, or registered directly with ``Pipeline(plugins=[...])``.

The pipeline calls the hooks in this order for each article:

1. :func:`newsfacts_segment` once, to split the text into sentences that every
   other hook shares;
2. :func:`newsfacts_find_quotes`, then :func:`newsfacts_attribute_speaker` for
   each quote found;
3. :func:`newsfacts_extract_claims`;
4. :func:`newsfacts_find_dates`, then :func:`newsfacts_normalize_date` for
   each expression found.

Hooks receive a :class:`~newsfacts.Document` and return new records; they
never modify anything. The hooks of one step above receive the same Document
object; the next step gets an equal copy, so that work a plugin keeps per
document (:func:`newsfacts.per_document`) is freed between steps. The pipeline calls each implementation itself, in
pluggy's order (last registered first, ``tryfirst``/``trylast`` respected), so
that it can stamp every record with the name of the plugin that produced it,
check that every span matches the text, and name the plugin and the hook when
something fails. A plugin therefore never fills ``plugin`` itself, and hook
wrappers (``wrapper=True``, ``hookwrapper=True``) are refused when the pipeline
is built.

Hooks marked *firstresult* stop at the first non-None result. Built-in plugins
implement them with ``trylast=True``, so a third-party implementation overrides
them without further ado; mark yours ``tryfirst=True`` to win over other
third-party plugins too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pluggy

from newsfacts.model import Claim, DateExpression, Document, Quote, Sentence, Span, Speaker

PROJECT_NAME = "newsfacts"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec(firstresult=True)
def newsfacts_segment(text: str) -> Sequence[Sentence] | None:
    r"""Split ``text`` into sentences, once for all plugins.

    Stops at first non-None result. The core ships a rule-based segmenter
    (plugin name ``segmenter``) that every other implementation overrides.

    :param text: the whole article text.
    :return: sentences in text order, not overlapping, each with
        ``text == article_text[start:end]``; or None to let the next plugin try.
        The pipeline refuses anything else with a :class:`~newsfacts.PluginError`.

    Example: a list of headlines, one sentence a line.

    >>> import re
    >>> from newsfacts import Sentence, hookimpl
    >>> @hookimpl
    ... def newsfacts_segment(text):
    ...     return [Sentence(text=m[0], start=m.start(), end=m.end()) for m in re.finditer(r"[^\n]+", text)]
    >>> [sentence.text for sentence in newsfacts_segment("Rain in Oslo\nSun in Bergen")]
    ['Rain in Oslo', 'Sun in Bergen']
    """


@hookspec
def newsfacts_find_quotes(document: Document) -> Iterable[Quote]:  # type: ignore[empty-body]
    r"""Find what sources said, wrote or believe: direct, indirect and mixed quotes.

    Every plugin's quotes are kept. A quote may already carry the speaker
    mention the finder saw next to it; :func:`newsfacts_attribute_speaker`
    then resolves it to the fullest name.

    :param document: the text, its publication date and its sentences.
    :return: quotes whose span is the quoted content.

    Example: text between guillemets is a direct quote.

    >>> import re
    >>> from newsfacts import Quote, hookimpl
    >>> from newsfacts.testing import isolated_pipeline
    >>> class Guillemets:
    ...     newsfacts_name = "guillemets"
    ...
    ...     @hookimpl
    ...     def newsfacts_find_quotes(self, document):
    ...         for match in re.finditer(r"«\s*([^»]+?)\s*»", document.text):
    ...             yield Quote(text=match[1], start=match.start(1), end=match.end(1), kind="direct")
    >>> article = isolated_pipeline(Guillemets()).extract("« Nous sommes prêts », a dit Paul Garnier.")
    >>> [(quote.text, quote.kind, quote.plugin) for quote in article.quotes]
    [('Nous sommes prêts', 'direct', 'guillemets')]
    """


@hookspec(firstresult=True)
def newsfacts_attribute_speaker(document: Document, quote: Quote) -> Speaker | None:
    """Decide who said ``quote``: the mention nearest it and the fullest name the article gives.

    Stops at first non-None result. Called once for every quote that any plugin
    found; return None to leave the decision to the next plugin. When every
    plugin returns None the quote keeps the speaker its finder gave it.

    :param document: the text, its publication date and its sentences.
    :param quote: the quote as its finder returned it.
    :return: the speaker, or None.

    Example: a house rule that names the minister.

    >>> import attrs
    >>> from newsfacts import Document, Quote, Speaker, hookimpl
    >>> @hookimpl(tryfirst=True)
    ... def newsfacts_attribute_speaker(document, quote):
    ...     if quote.speaker is not None and quote.speaker.text == "the minister":
    ...         return attrs.evolve(quote.speaker, name="Ann Moyo")
    ...     return None
    >>> mention = Speaker(name="the minister", text="the minister", start=16, end=28)
    >>> said = Quote(text="We are ready,", start=1, end=14, kind="direct", speaker=mention)
    >>> newsfacts_attribute_speaker(Document(text="“We are ready,” the minister said."), said).name
    'Ann Moyo'
    """


@hookspec
def newsfacts_extract_claims(document: Document) -> Iterable[Claim]:  # type: ignore[empty-body]
    r"""Find checkable claims of any kind; every plugin's claims are kept.

    The built-in ``weapons`` plugin returns claims of kind ``weapon_range``
    whose value is a :class:`~newsfacts.WeaponRange`. A new kind needs only a
    new name and a JSON-ready mapping as its value.

    :param document: the text, its publication date and its sentences.
    :return: claims, each with the span of its wording and, where known, its subject.

    Example: casualty counts as claims of a new kind.

    >>> import re
    >>> from newsfacts import Claim, hookimpl
    >>> from newsfacts.testing import isolated_pipeline
    >>> class Casualties:
    ...     newsfacts_name = "casualties"
    ...
    ...     @hookimpl
    ...     def newsfacts_extract_claims(self, document):
    ...         for match in re.finditer(r"(\d+) (?:dead|killed)", document.text):
    ...             yield Claim(kind="casualties", text=match[0], start=match.start(), end=match.end(),
    ...                         value={"count": int(match[1])})
    >>> article = isolated_pipeline(Casualties()).extract("The storm left 12 dead.")
    >>> [(claim.kind, claim.text, claim.value["count"]) for claim in article.claims]
    [('casualties', '12 dead', 12)]
    """


@hookspec
def newsfacts_find_dates(document: Document) -> Iterable[Span]:  # type: ignore[empty-body]
    r"""Find the temporal expressions in the text, not yet normalized.

    Every plugin's candidates are normalized; where two normalized expressions
    overlap, the longer one is kept.

    :param document: the text, its publication date and its sentences.
    :return: the spans of date, time, duration and set expressions.

    Example: a phrase the built-in finder does not know.

    >>> import re
    >>> from newsfacts import Document, Span, hookimpl
    >>> @hookimpl
    ... def newsfacts_find_dates(document):
    ...     for match in re.finditer(r"\bthe other day\b", document.text, flags=re.IGNORECASE):
    ...         yield Span(text=match[0], start=match.start(), end=match.end())
    >>> list(newsfacts_find_dates(Document(text="I saw her the other day.")))
    [Span(text='the other day', start=10, end=23)]
    """


@hookspec(firstresult=True)
def newsfacts_normalize_date(document: Document, expression: Span) -> DateExpression | None:
    """Give a found temporal expression its TIMEX3 type and value, relative to ``document.published``.

    Stops at first non-None result. An expression that no plugin can
    normalize is dropped.

    :param document: the text, its publication date and its sentences.
    :param expression: one span returned by :func:`newsfacts_find_dates`.
    :return: the normalized expression with the same span (another span is
        refused with a :class:`~newsfacts.PluginError`), or None.

    Example: give the phrase found above a vague past value.

    >>> from newsfacts import DateExpression, Document, Span, hookimpl
    >>> @hookimpl(tryfirst=True)
    ... def newsfacts_normalize_date(document, expression):
    ...     if expression.text.lower() == "the other day":
    ...         return DateExpression(text=expression.text, start=expression.start, end=expression.end,
    ...                               type="DATE", value="PAST_REF")
    ...     return None
    >>> found = Span(text="the other day", start=10, end=23)
    >>> newsfacts_normalize_date(Document(text="I saw her the other day."), found).value
    'PAST_REF'
    """

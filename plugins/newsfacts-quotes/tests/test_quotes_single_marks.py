"""Single quotation marks, apostrophes, nesting, guillemets and German marks: pairing checks."""

from __future__ import annotations

import pytest

from newsfacts_quotes.marks import find_quotations


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘The pier is closed for repairs,’ the harbourmaster said.", ["The pier is closed for repairs,"]),
        ("'The pier is closed for repairs,' the harbourmaster said.", ["The pier is closed for repairs,"]),
        # British style: the comma outside the closing mark.
        ("‘The pier is closed’, the harbourmaster said.", ["The pier is closed"]),
        ("He called it 'a waste of money' and left.", ["a waste of money"]),
    ],
)
def test_single_marks_are_quotes(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ferry won’t sail and it's late again.",
        "The party’s leader met the union's officials.",
        "Voters’ patience and the workers' union ran out.",
        "Fares last rose in the ’90s and again in the '80s.",
        "The graduating class of '24 met in June.",
        "Rock ’n’ roll night at Ms O’Leary's bar.",
        "Shops closed at 5 o’clock on the 1990’s high street.",
    ],
)
def test_apostrophes_never_make_quotes(text):
    assert find_quotations(text) == []


def test_apostrophes_inside_a_single_quote_do_not_close_it():
    text = "‘Voters’ anger won’t fade, and the party’s in trouble,’ said Ms Ruth Penn."
    assert contents(text) == ["Voters’ anger won’t fade, and the party’s in trouble,"]


def test_straight_apostrophes_inside_a_straight_single_quote():
    text = "'It's the council's fault, not the drivers' choice,' said Ann Lund."
    assert contents(text) == ["It's the council's fault, not the drivers' choice,"]


def test_plural_possessive_closes_when_nothing_else_does():
    text = "Her campaign called it ‘a fight for the farmers’ and nothing more. ‘We are ready,’ she said."
    assert contents(text) == ["a fight for the farmers", "We are ready,"]


def test_elided_year_at_the_start_of_a_quote_is_not_an_opening():
    text = "‘We have not seen prices like this since ’08,’ said the broker."
    assert contents(text) == ["We have not seen prices like this since ’08,"]


def test_double_inside_single_is_one_quotation():
    text = "‘She said “not yet”, and hung up,’ said Mr Pike."
    assert contents(text) == ["She said “not yet”, and hung up,"]


def test_single_inside_double_is_one_quotation():
    text = "“He told me ‘come back on Monday’ and shut the door,” said Ms Ola Brandt."
    assert contents(text) == ["He told me ‘come back on Monday’ and shut the door,"]


def test_quotation_after_a_nested_one_is_found():
    text = "“Call it ‘done’,” she said. ‘Then we go home,’ he replied."
    assert contents(text) == ["Call it ‘done’,", "Then we go home,"]


def test_stray_single_mark_does_not_swallow_a_double_quote():
    text = "Prices in the 'old town rose. “We cannot pay this,” said a tenant."
    assert contents(text) == ["We cannot pay this,"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Nous sommes prêts », a dit Paul Garnier.", ["Nous sommes prêts"]),
        ("«Nous sommes prêts», a dit Paul Garnier.", ["Nous sommes prêts"]),
        ("«\u202fNous sommes prêts\u202f», a dit Paul Garnier.", ["Nous sommes prêts"]),
        ("„Wir sind bereit“, sagte Anna Weber.", ["Wir sind bereit"]),
        ("‚Wir sind bereit‘, sagte Anna Weber.", ["Wir sind bereit"]),
        ("„Er sagte ‚nein‘ und ging“, sagte Anna Weber.", ["Er sagte ‚nein‘ und ging"]),
        ("« Il a dit “non” hier », a dit Paul Garnier.", ["Il a dit “non” hier"]),
    ],
)
def test_guillemets_and_german_marks(text, expected):
    assert contents(text) == expected


def test_single_quote_running_over_paragraphs():
    text = "‘The first part runs on.\n\n‘The second part ends it,’ she said."
    found = find_quotations(text)
    assert [(text[q.start : q.end], q.closed) for q in found] == [
        ("The first part runs on.", False),
        ("The second part ends it,", True),
    ]


def test_unclosed_single_quote_without_continuation_is_dropped():
    text = "‘Nothing closes this\nThe next paragraph is plain."
    assert find_quotations(text) == []


def test_every_offset_is_inside_the_text():
    text = "'a' ‘b’ «c» „d“ ‚e‘ '' ’ ‘ « »"
    for quotation in find_quotations(text):
        assert 0 <= quotation.open < quotation.start <= quotation.end <= quotation.close <= len(text)

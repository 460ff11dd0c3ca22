"""Cues that report nobody's words: questions to "you", poll standings, labels before a fragment, "add to", things kept.

Sentences are written for these tests. Each rule has guards: the same words that still report.
"""

from __future__ import annotations

import pytest


def contents(pipeline, text: str) -> list[str]:
    return [content for content, _speaker in pipeline.reports(text)]


@pytest.mark.parametrize(
    ("text", "not_a_quote"),
    [
        ("The ferry runs again on Monday.\n\nDo you support the harbour levy? Tell us below.", "the harbour levy"),
        ("The ferry runs again. Would you say the pier is safe now? Write to the desk.", "the pier is safe now"),
        ("The vote is near. Do you really think the council will pass the levy?", "the council will pass the levy"),
        (
            "The mayor kept strong support among older voters in the harbour wards, the count showed.",
            "among older voters in the harbour wards",
        ),
        ("Ms. Brandt has broad support across the northern districts this spring.", "across the northern districts"),
        ("The pier reopened on Monday.\n\nBrandt: Not this year.\n\nThe ferry runs again.", "Not this year"),
        ("The council met on Tuesday.\n\nHolm: A late surge.\n\nThe vote is near.", "A late surge"),
        ("The new pier can add a second ferry to the route.", "a second ferry"),
        ("Mayor Ann Lee maintained a wide lead over her rival all spring.", "a wide lead over her rival"),
        ("The ferry line enjoys broad goodwill in the harbour towns.", "broad goodwill in the harbour towns"),
        ("The delay added another month to the repairs of the old lock.", "another month"),
    ],
)
def test_cues_that_report_nothing_give_no_quote(pipeline, text: str, not_a_quote: str) -> None:
    assert not any(not_a_quote in content or content in not_a_quote for content in contents(pipeline, text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # A question someone is reported to have put is still a report of its own.
        ("Ann Lee said you should support the harbour levy.", "you should support the harbour levy", "Ann Lee"),
        (
            "Olga Brandt said voters would support the harbour levy.",
            "voters would support the harbour levy",
            "Olga Brandt",
        ),
        # "support" as a verb with a clause or a stand keeps its report.
        (
            "The union said it will support the levy among other measures.",
            "it will support the levy among other measures",
            "The union",
        ),
        # "added" with a clause, however it goes on, is a report.
        (
            "Ann Lee added that the pier would add a new ferry to the route.",
            "the pier would add a new ferry to the route",
            "Ann Lee",
        ),
        (
            "Olga Brandt added the ferry would return to the harbour by May.",
            "the ferry would return to the harbour by May",
            "Olga Brandt",
        ),
        (
            "Olga Brandt added the ferry returned to the harbour in May.",
            "the ferry returned to the harbour in May",
            "Olga Brandt",
        ),
        # "maintain" with a clause is a claim.
        ("Ann Lee has long maintained the ferry is safe.", "the ferry is safe", "Ann Lee"),
        ("Ann Lee maintained that the pier would open in May.", "the pier would open in May", "Ann Lee"),
        # A label before a full sentence is that label's.
        (
            "The pier reopened on Monday.\n\nBrandt: The ferry will run again by the end of the month.\n\nIt did.",
            "The ferry will run again by the end of the month",
            "Brandt",
        ),
    ],
)
def test_reports_that_look_alike_stay(pipeline, text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in pipeline.reports(text)

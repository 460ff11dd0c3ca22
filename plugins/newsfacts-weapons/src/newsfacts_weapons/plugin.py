"""The hook implementations newsfacts loads through the ``weapons`` entry point."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts import Claim, Document, hookimpl
from newsfacts_weapons.claims import extract_claims


@hookimpl
def newsfacts_extract_claims(document: Document) -> Sequence[Claim]:
    """Weapon-range claims: stated reaches in kilometres and range classes, each with its weapon."""
    return extract_claims(document)

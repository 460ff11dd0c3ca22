"""The cue counts learned from PolNeAR train: data in ``learned_cues.json``, written by ``scripts/derive_cues.py``.

``CUE_COUNTS[form] = (as_cue, total)``: how often the lower-cased word form lies inside a gold cue
span, and how often it occurs at all. ``PARTICLE_COUNTS[form, particle]``: how often a cue word is
followed by that particle inside the same cue. ``PHRASE_COUNTS[word, preposition] = (before_content,
total)``: how often the two words are directly followed by a gold content. Counts only, no corpus text.
"""

from __future__ import annotations

import json
import pkgutil

# Read through the package's loader, as importlib.resources would, but without importing tempfile, zipfile
# and pathlib at every start (issue 17).
_DATA = pkgutil.get_data(__name__.rpartition(".")[0], "learned_cues.json")
if _DATA is None:  # pragma: no cover - a loader that cannot read data files
    msg = "the package's loader cannot read learned_cues.json"
    raise ImportError(msg)
_TABLE = json.loads(_DATA.decode("utf-8"))

CUE_COUNTS: dict[str, tuple[int, int]] = {form: (as_cue, total) for form, (as_cue, total) in _TABLE["cues"].items()}
PARTICLE_COUNTS: dict[tuple[str, str], int] = {(form, particle): n for form, particle, n in _TABLE["particles"]}
PHRASE_COUNTS: dict[tuple[str, str], tuple[int, int]] = {
    (word, preposition): (hits, total) for word, preposition, hits, total in _TABLE["phrases"]
}

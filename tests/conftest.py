"""Shared fixtures: paths to the repo's example and to ../shared, which may be absent."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# The fixture plugin's own tests run in its folder, as its author runs them (tests/test_third_party_plugin.py).
collect_ignore_glob = ["fixtures/*"]


@pytest.fixture
def shared() -> Path:
    """The shared evaluation material, or a clean skip where it is not beside the repo."""
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(autouse=True)
def _no_plugin_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests decide about plugins themselves; the caller's environment must not."""
    monkeypatch.delenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    monkeypatch.delenv("NEWSFACTS_BLOCKED_PLUGINS", raising=False)


# The batch tests' plugins must be importable by name, in this process and in worker processes.
FIXTURES = Path(__file__).resolve().parent / "fixtures"
if str(FIXTURES) not in sys.path:
    sys.path.insert(0, str(FIXTURES))

"""Sphinx configuration for the newsfacts documentation.

Built in CI with ``-n -W --keep-going`` as HTML and with the doctest builder;
see ``_ext/newsfacts_docs.py`` for the pages that are generated from the code.
"""

import sys
from importlib.metadata import version as _version
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS / "_ext"))

project = "newsfacts"
author = "the newsfacts maintainers"
copyright = "2026, the newsfacts maintainers"  # noqa: A001 - Sphinx's name for it
release = _version("newsfacts")

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "newsfacts_docs",
]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_class_signature = "separated"
html_theme = "furo"
html_title = "newsfacts"
exclude_patterns = ["_build"]

# Unresolved references fail the build (-n -W). Inventories that cannot be
# reached are dropped by newsfacts_docs, which then lets through exactly the
# references into that project's modules, as plain text.
nitpicky = True
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
    "attrs": ("https://www.attrs.org/en/stable", None),
    "pluggy": ("https://pluggy.readthedocs.io/en/stable", None),
    "dask": ("https://docs.dask.org/en/stable", None),
    "pandas": ("https://pandas.pydata.org/docs", None),
}
# Type hints name the classes where dask defines them, private modules its inventory does not list;
# the public names (dask.bag.Bag, dask.dataframe.DataFrame) are what the pages say.
nitpick_ignore = [
    ("py:class", "dask.bag.core.Bag"),
    ("py:class", "dask.dataframe.dask_expr._collection.DataFrame"),
    # The regex module publishes no Sphinx inventory; its compiled pattern class lives in _regex.
    ("py:class", "_regex.Pattern"),
]
intersphinx_timeout = 5

# Every example runs from the repository root, as a reader in a clone would run it.
doctest_global_setup = f"import os; os.chdir({str(DOCS.parent)!r})"

"""Sphinx configuration for the newsfacts documentation."""

from importlib.metadata import version as _version

project = "newsfacts"
author = "the newsfacts maintainers"
copyright = "2026, the newsfacts maintainers"  # noqa: A001 - Sphinx's name for it
release = _version("newsfacts")

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.doctest"]
myst_enable_extensions = ["colon_fence"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
html_theme = "furo"
html_title = "newsfacts"
exclude_patterns = ["_build"]

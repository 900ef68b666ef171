"""Sphinx configuration for the followup_kit documentation."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import _rulepages

_rulepages.write(Path(__file__).parent / "rules")
_rulepages.write_gallery(Path(__file__).parent / "gallery.md")

project = "followup_kit"
author = "followup_kit developers"
copyright = "2026, followup_kit developers"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_class_signature = "separated"
napoleon_google_docstring = True
nitpicky = False
html_theme = "alabaster"
html_title = "followup_kit"

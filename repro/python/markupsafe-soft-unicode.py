# errfix-repro: expects=python/markupsafe-soft-unicode
# errfix-repro: requires=markupsafe
"""Jinja2 < 3.0 (pinned by old Flask, nbconvert, papermill, ChatGLM-era requirements) does
`from markupsafe import Markup, escape, soft_unicode`; MarkupSafe 2.1 removed `soft_unicode`.
The import line is Jinja2 2.x's own (jinja2/utils.py), run against the installed MarkupSafe."""

from markupsafe import Markup, escape, soft_unicode  # noqa: F401

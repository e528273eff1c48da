"""The VS Code extension's manifest has what the Marketplace and Open VSX need to publish it."""

import json
import struct

from tests.conftest import ROOT

VSCODE = ROOT / "editors" / "vscode"
MANIFEST = json.loads((VSCODE / "package.json").read_text(encoding="utf-8"))
# https://code.visualstudio.com/api/references/extension-manifest#categories
CATEGORIES = {
    "AI",
    "Azure",
    "Chat",
    "Data Science",
    "Debuggers",
    "Extension Packs",
    "Education",
    "Formatters",
    "Keymaps",
    "Language Packs",
    "Linters",
    "Machine Learning",
    "Notebooks",
    "Programming Languages",
    "SCM Providers",
    "Snippets",
    "Testing",
    "Themes",
    "Visualization",
    "Other",
}


def test_publishing_fields_are_present():
    for field in ("name", "publisher", "version", "displayName", "description", "license", "engines"):
        assert MANIFEST.get(field), field
    assert MANIFEST["repository"]["url"].startswith("https://")
    assert (
        (VSCODE / "LICENSE").is_file()
        and (VSCODE / "README.md").is_file()
        and (VSCODE / "CHANGELOG.md").is_file()
    )
    assert set(MANIFEST["categories"]) <= CATEGORIES


def test_icon_is_a_png_of_at_least_128_pixels():
    data = (VSCODE / MANIFEST["icon"]).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 128 and height >= 128

"""Positions in the editor's coordinates: LSP lines, UTF-16/UTF-8 columns, files read from disk."""

from __future__ import annotations

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from errfix_lsp.definitions import find_definitions
from errfix_lsp.fixers.edits import editor_edits
from errfix_lsp.server.actions import read_disk_text
from errfix_lsp.server.diagnostics import LogLines, line_range
from errfix_lsp.textlines import LineIndex, code_units


def test_line_index_counts_only_lsp_breaks_and_utf16_units():
    text = "a\x0cb\u2028c\r\n😀x\rlast\n"
    index = LineIndex(text)
    assert len(index) == 4 and index.line_text(0) == "a\x0cb\u2028c" and index.line_text(3) == ""
    assert index.position(text.index("x"), "utf-16") == (1, 2)
    assert index.position(text.index("x"), "utf-8") == (1, 4)
    assert index.position(text.index("x"), "utf-32") == (1, 1)
    assert index.offset(1, 2, "utf-16") == text.index("x")
    assert index.position(text.index("\r\n") + 1) == (0, 5)  # inside \r\n: the line's end
    assert code_units("😀é") == 3


def test_edit_columns_follow_the_encoding():
    old = "😀 = 1"
    [edit] = editor_edits(old, "😀 = 1\nb = 2\n", "utf-16")
    assert (edit.start_line, edit.start_char, edit.end_line, edit.end_char) == (0, 0, 0, 6)
    [edit] = editor_edits(old, "😀 = 1\nb = 2\n", "utf-8")
    assert edit.end_char == 8


def test_ranges_of_lines_after_form_feeds_and_separators():
    text = "x = 1  # \x0c\u2028\x85\n    y = 😀\n"
    rng = line_range(text, 2, PositionCodec("utf-16"))
    assert rng == types.Range(types.Position(1, 4), types.Position(1, 10))


def test_log_lines_counted_at_newlines_are_shown_on_editor_lines():
    log = "progress 1\rprogress 2\nTraceback\nValueError: x"  # the \r ends an editor line too
    rng = LogLines(log.split("\n")).range(3, PositionCodec("utf-16"))
    assert rng.start.line == 3 and rng.end.character == len("ValueError: x")


def test_definitions_in_files_with_only_cr_or_odd_separators():
    text = "import keras\r# \x0c\u2028\rclass MyDense(keras.layers.Layer):\r    pass\r"
    [found] = find_definitions("MyDense", [("m.py", text)])
    assert (found.line, found.column, found.end_column) == (3, 6, 13)


def test_disk_text_drops_the_bom_and_declines_non_utf8(tmp_path):
    good = tmp_path / "good.py"
    good.write_bytes(b"\xef\xbb\xbfx = 1\n")
    assert read_disk_text(str(good)) == ("x = 1\n", None)
    bad = tmp_path / "bad.py"
    bad.write_bytes("x = 'café'\n".encode("latin-1"))
    text, reason = read_disk_text(str(bad))
    assert reason is not None and "not UTF-8" in reason
    utf16 = tmp_path / "utf16.py"
    utf16.write_bytes("x = 1\n".encode("utf-16"))
    assert read_disk_text(str(utf16))[1] is not None

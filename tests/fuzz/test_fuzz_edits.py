"""Fix edits are applied by editors, not by us: they must land exactly where the fixer meant.

Random files full of the characters that broke fixes before (form feed, `\\v`, `\\x1c`-`\\x1e`, NEL,
U+2028/U+2029, BOMs, astral characters, every mix of line endings) go through the server's own
`workspace_edit`; the resulting LSP edits are applied the way VS Code and Neovim apply them (lines
split at `\\n`, `\\r\\n`, `\\r` only; columns in UTF-16 or UTF-8 code units, written here without
errfix's code) and the result must equal the fixer's output byte for byte. A position that is
past a line's end or inside a character fails the test too: editors would clamp it silently.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from errfix_lsp.fixers import run_fixer
from errfix_lsp.fixers.base import Fix, FixRequest
from errfix_lsp.server.actions import ActionOptions, Document, workspace_edit

ODD = ["\f", "\v", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\ufeff", "\x00", "\t"]
ASTRAL = ["😀", "𝔘", "🧪", "\U0010fffd"]
PIECES = ["a", "b", "x = 1", " ", "é", "中", "#", *ODD, *ASTRAL]
BREAKS = ["\n", "\r\n", "\r"]
ENCODINGS = ["utf-16", "utf-8"]


def editor_lines(text: str) -> list[tuple[int, int]]:
    """(start, end-without-break) of each line, as a text model that knows only \\n, \\r\\n, \\r."""
    lines = []
    start = index = 0
    while index < len(text):
        char = text[index]
        if char in "\r\n":
            after = index + 2 if text[index : index + 2] == "\r\n" else index + 1
            lines.append((start, index))
            start = index = after
        else:
            index += 1
    lines.append((start, len(text)))
    return lines


def units(char: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(char.encode("utf-8", "surrogatepass"))
    return 2 if ord(char) > 0xFFFF else 1


def to_offset(text: str, lines, position: types.Position, encoding: str) -> int:
    assert position.line < len(lines), f"line {position.line} past the last line {len(lines) - 1}"
    start, end = lines[position.line]
    counted, index = 0, start
    while counted < position.character:
        assert index < end, f"character {position.character} past the end of line {position.line}"
        counted += units(text[index], encoding)
        index += 1
    assert counted == position.character, f"{position} falls inside a character"
    return index


def apply_as_editor(text: str, edits: list[types.TextEdit], encoding: str) -> str:
    lines = editor_lines(text)
    spans = [
        (
            to_offset(text, lines, e.range.start, encoding),
            to_offset(text, lines, e.range.end, encoding),
            e.new_text,
        )
        for e in edits
    ]
    spans.sort(key=lambda span: span[:2])
    for (_, end, _), (start, _, _) in zip(spans, spans[1:], strict=False):
        assert end <= start, "overlapping edits"
    for start, end, new_text in reversed(spans):
        text = text[:start] + new_text + text[end:]
    return text


def server_edits(source: str, new_source: str, encoding: str, document_changes: bool) -> list:
    doc = Document("file:///w/f.py", "/w/f.py", source, 3, True)
    options = ActionOptions(
        resolve_edits=False, document_changes=document_changes, codec=PositionCodec(encoding)
    )
    edit = workspace_edit(doc, new_source, options)
    if document_changes:
        [change] = edit.document_changes
        assert change.text_document.version == 3
        return change.edits
    return edit.changes[doc.uri]


def check(source: str, new_source: str) -> None:
    for encoding, document_changes in (("utf-16", True), ("utf-8", False)):
        edits = server_edits(source, new_source, encoding, document_changes)
        result = apply_as_editor(source, edits, encoding)
        assert result.encode("utf-8", "surrogatepass") == new_source.encode("utf-8", "surrogatepass")


@st.composite
def texts(draw) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(BREAKS)), max_size=40))
    return "".join(parts)


@st.composite
def file_and_fix(draw) -> tuple[str, str]:
    """A file and a fixer-like change of it: lines kept, dropped, replaced, inserted, endings
    changed; sometimes a wholly different text."""
    old = draw(texts())
    if draw(st.integers(0, 9)) == 0:
        return old, draw(texts())
    lines = editor_lines(old)
    out = []
    for start, end in lines:
        line = old[start:end]
        after = old[end:]
        ending = "\r\n" if after.startswith("\r\n") else after[:1]
        op = draw(st.integers(0, 6))
        if op == 0:
            continue
        if op == 1:
            line = draw(texts()).replace("\r", "").replace("\n", "")
        if op == 2:
            out.append(draw(texts()))
        if op == 3 and ending:
            ending = draw(st.sampled_from(BREAKS))
        out.append(line + ending)
    if draw(st.booleans()):
        out.insert(draw(st.integers(0, len(out))), draw(texts()))
    return old, "".join(out)


@given(file_and_fix())
def test_editors_applying_the_servers_edits_get_the_fixers_text(case):
    old, new = case
    check(old, new)


LAYER_LINES = [
    "import keras  # {c0}",
    "",
    "# {c1}",
    "#{c2}",
    "class MyDense(keras.layers.Layer):  # {c3}",
    '    """{c4}"""',
    "    def __init__(self, units, activation_fn=None, **kwargs):",
    "        super().__init__(**kwargs)  # {c5}",
    "        self.units = units",
    "        self.activation_fn = activation_fn",
    "",
    "    def call(self, x):",
    '        return x * "{c6}"',
]
COMMENT = st.text(st.sampled_from([*ODD[:-3], "a", " ", "é", *ASTRAL]), max_size=6)


@given(
    st.lists(COMMENT, min_size=7, max_size=7),
    st.sampled_from(["\n", "\r\n", "\r", "mixed"]),
    st.sampled_from(["", "\n", "\r\n", "\r"]),
)
def test_the_real_get_config_fix_on_files_with_odd_characters(comments, newline, end):
    """keras-add-get-config on a layer whose comments and strings hold every odd character."""
    values = {f"c{i}": text for i, text in enumerate(comments)}
    lines = [line.format(**values) for line in LAYER_LINES]
    breaks = [BREAKS[i % 3] if newline == "mixed" else newline for i in range(len(lines) - 1)]
    source = "".join(line + brk for line, brk in zip(lines, breaks, strict=False)) + lines[-1] + end
    result = run_fixer(
        "keras-add-get-config",
        FixRequest(
            source=source,
            captures={"class_name": "MyDense"},
            entry_id="tensorflow/keras-model-save-custom-layer",
            path="layers.py",
        ),
    )
    assert isinstance(result, Fix), result
    assert result.new_source is not None and "get_config" in result.new_source
    check(source, result.new_source)

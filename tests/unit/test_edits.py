from hypothesis import given
from hypothesis import strategies as st

from errfix_lsp.fixers.edits import apply_edits, minimal_edits
from errfix_lsp.textlines import split_lines


def test_form_feed_is_not_a_line_break():
    old = "a = 1\n\x0cb = 2\nc = 3\n"
    new = "a = 1\n\x0cb = 2\nc = 4\n"
    [edit] = minimal_edits(old, new)
    assert (edit.start_line, edit.end_line) == (2, 3)
    assert split_lines("x\x0cy\u2028z\r\nw") == ["x\x0cy\u2028z", "w"]


def test_crlf_and_missing_final_newline():
    old = "a\r\nb"
    new = "a\r\nb\r\nc\r\n"
    assert apply_edits(old, minimal_edits(old, new)) == new


@given(st.text(alphabet="ab\n\r\x0c \t", max_size=60), st.text(alphabet="ab\n\r\x0c \t", max_size=60))
def test_edits_turn_old_into_new(old, new):
    assert apply_edits(old, minimal_edits(old, new)) == new

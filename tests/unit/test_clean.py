from errfix_lsp.match.clean import clean_text, collapse_carriage_returns, split_partial_escape, strip_escapes


def test_ansi_colours_and_osc_marks_are_removed():
    raw = "\x1b]633;C\x07\x1b[1;31mValueError\x1b[0m: bad\x1b]633;D;1\x07\n"
    assert clean_text(raw) == "ValueError: bad\n"


def test_keras_progress_bar_redraws_collapse_to_final_state():
    raw = (
        "Epoch 1/2\n"
        "1/3 [=========>....................] - ETA: 0s - loss: 0.9\r"
        "3/3 [==============================] - 0s 2ms/step - loss: 0.5\n"
        "Traceback (most recent call last):\n"
    )
    lines = clean_text(raw).split("\n")
    assert lines[1].startswith("3/3 [====")
    assert lines[2] == "Traceback (most recent call last):"


def test_line_numbers_survive_cleaning():
    raw = "a\r\nb\r\n\x1b[2Kc\rd\n"
    assert clean_text(raw).split("\n") == ["a", "b", "d", ""]


def test_the_last_redraw_that_shows_something_wins_without_stale_tails():
    assert collapse_carriage_returns("abcdef\rXY") == "XY"
    assert collapse_carriage_returns("\x1b[1mabcdef\x1b[0m\r\x1b[32mXY\x1b[0m") == "XY"
    assert collapse_carriage_returns("abc\r\x1b[31m\r") == "abc"  # a colour change shows nothing
    # the same whether escapes go first (the stream) or after (a whole log)
    line = "\x1bA\x1bB1\r22\r\x1b[1m3\x1b[0m"
    assert collapse_carriage_returns(line) == collapse_carriage_returns(strip_escapes(line)) == "3"


def test_invalid_utf8_and_nul_bytes_do_not_raise():
    text = clean_text(b"ok \xff\xfe bad\x00 end\n")
    assert "\ufffd" in text and "\x00" not in text


def test_split_partial_escape_holds_back_unfinished_sequence():
    done, rest = split_partial_escape("ValueError\x1b[1;3")
    assert done == "ValueError" and rest == "\x1b[1;3"
    assert split_partial_escape("plain") == ("plain", "")

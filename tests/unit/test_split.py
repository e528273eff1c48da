"""Each event form the splitter knows, on real-looking text."""

from pathlib import Path

from errfix_lsp.match.split import split_events

CAPTURES = Path(__file__).resolve().parents[1] / "data" / "keras-outputs"


def test_plain_traceback_frames_and_key_line():
    text = (
        "Epoch 1/1\n"
        "Traceback (most recent call last):\n"
        '  File "/work/train.py", line 12, in <module>\n'
        "    main()\n"
        '  File "/work/train.py", line 8, in main\n'
        "    x = data['label']\n"
        "        ~~~~^^^^^^^^^\n"
        "KeyError: 'label'\n"
    )
    [event] = split_events(text)
    assert event.kind == "traceback"
    assert event.line == 8
    assert event.text == "KeyError: 'label'"
    assert [(f.file, f.line, f.function) for f in event.frames] == [
        ("/work/train.py", 12, "<module>"),
        ("/work/train.py", 8, "main"),
    ]


def test_keras2_multiline_message_is_one_block():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/p/a.py", line 21, in <module>\n'
        "    model.save(PATH)\n"
        "NotImplementedError: \n"
        "Layer MyDense has arguments ['units', 'activation']\n"
        "in `__init__` and therefore must override `get_config()`.\n"
        "\n"
        "Example:\n"
        "\n"
        "class CustomLayer(keras.layers.Layer):\n"
        "    def __init__(self, arg1, arg2):\n"
    )
    [event] = split_events(text)
    assert event.final.exc_type == "NotImplementedError"
    assert "must override `get_config()`" in event.final.message
    assert event.line == 4


def test_chained_exceptions_are_one_event_with_blocks_in_order():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/w/a.py", line 3, in load\n'
        "    return cfg['units']\n"
        "KeyError: 'units'\n"
        "\n"
        "During handling of the above exception, another exception occurred:\n"
        "\n"
        "Traceback (most recent call last):\n"
        '  File "/w/a.py", line 9, in <module>\n'
        "    load()\n"
        "ValueError: bad config\n"
        "\n"
        "The above exception was the direct cause of the following exception:\n"
        "\n"
        "Traceback (most recent call last):\n"
        '  File "/w/b.py", line 2, in <module>\n'
        "RuntimeError: could not start\n"
    )
    [event] = split_events(text)
    assert [b.exc_type for b in event.blocks] == ["KeyError", "ValueError", "RuntimeError"]
    assert [b.line for b in event.blocks] == [4, 11, 17]
    assert event.final.frames[0].file == "/w/b.py"


def test_exception_group_sub_exceptions_become_blocks():
    text = (
        "  + Exception Group Traceback (most recent call last):\n"
        '  |   File "/w/g.py", line 5, in <module>\n'
        "  |     raise ExceptionGroup('many', [ValueError('v'), TypeError('t')])\n"
        "  | ExceptionGroup: many (2 sub-exceptions)\n"
        "  +-+---------------- 1 ----------------\n"
        "    | ValueError: v\n"
        "    +---------------- 2 ----------------\n"
        "    | TypeError: t\n"
        "    +------------------------------------\n"
    )
    [event] = split_events(text)
    assert event.kind == "exception-group"
    types = [b.exc_type for b in event.blocks]
    assert "ExceptionGroup" in types and "ValueError" in types and "TypeError" in types
    value = next(b for b in event.blocks if b.exc_type == "ValueError")
    assert value.line == 6


def test_syntax_error_with_caret():
    text = (
        '  File "/w/bad.py", line 3\n'
        '    print "hi"\n'
        "    ^^^^^^^^^^\n"
        "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"
    )
    [event] = split_events(text)
    assert event.final.exc_type == "SyntaxError"
    assert event.frames == [event.frames[0]] and event.frames[0].line == 3


def test_ipython_cell_and_file_frames():
    text = (
        "---------------------------------------------------------------------------\n"
        "NotImplementedError                       Traceback (most recent call last)\n"
        "Cell In[3], line 5\n"
        "      3 layer = MyDense(3)\n"
        "      4 model = keras.Sequential([layer])\n"
        '----> 5 model.save("m.keras")\n'
        "\n"
        "File ~/venv/lib/python3.11/site-packages/keras/src/utils/traceback_utils.py:122, in filter_traceback.<locals>.error_handler(*args, **kwargs)\n"
        "    121     # `keras.config.disable_traceback_filtering()`\n"
        "--> 122     raise e.with_traceback(filtered_tb) from None\n"
        "\n"
        "NotImplementedError: \n"
        "Object MyDense was created by passing\n"
        "non-serializable argument values in `__init__()`,\n"
    )
    [event] = split_events(text)
    assert event.kind == "ipython"
    assert event.frames[0].file == "In[3]" and event.frames[0].line == 5
    assert event.frames[1].line == 122 and event.frames[1].function.startswith("filter_traceback")
    assert event.line == 12
    assert "Object MyDense" in event.final.message


def test_old_ipython_arrows_give_line_numbers():
    text = (
        "ValueError                                Traceback (most recent call last)\n"
        "<ipython-input-3-5d3c1a2b> in <module>\n"
        "      1 import numpy as np\n"
        "----> 2 np.zeros((2, 3)) + np.zeros((4,))\n"
        "\n"
        "ValueError: operands could not be broadcast together with shapes (2,3) (4,)\n"
    )
    [event] = split_events(text)
    assert event.frames[0].file == "<ipython-input-3-5d3c1a2b>" and event.frames[0].line == 2
    assert event.final.exc_type == "ValueError"


def test_pytest_e_lines_with_locations():
    text = (
        "____________________________ test_save ____________________________\n"
        "\n"
        "    def test_save():\n"
        ">       model.save('m.keras')\n"
        "\n"
        "tests/test_model.py:12: \n"
        "_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _\n"
        "venv/lib/python3.11/site-packages/keras/src/ops/operation.py:308: in get_config\n"
        "    raise NotImplementedError(\n"
        "E   NotImplementedError: \n"
        "E   Object MyDense was created by passing\n"
        "E   non-serializable argument values in `__init__()`,\n"
        "\n"
        "venv/lib/python3.11/site-packages/keras/src/ops/operation.py:308: NotImplementedError\n"
        "=========================== short test summary info ===========================\n"
        "FAILED tests/test_model.py::test_save - NotImplementedError: \n"
    )
    events = split_events(text)
    assert len(events) == 1
    [event] = events
    assert event.kind == "pytest"
    assert event.line == 10
    assert event.final.exc_type == "NotImplementedError"
    assert "Object MyDense" in event.final.message
    files = [f.file for f in event.frames]
    assert files[-1].endswith("operation.py") and files[0] == "tests/test_model.py"


def test_warning_line_is_an_event_with_its_frame():
    text = "/w/train.py:36: FutureWarning: `np.bool8` is a deprecated alias\n  x = np.bool8(1)\n"
    [event] = split_events(text)
    assert event.kind == "warning"
    assert event.frames[0].file == "/w/train.py" and event.frames[0].line == 36


def test_logger_and_cli_error_lines():
    text = (
        "INFO:root:starting\n"
        "ERROR: Could not find a version that satisfies the requirement torch==1.4 (from versions: none)\n"
        "ERROR: No matching distribution found for torch==1.4\n"
        "error: externally-managed-environment\n"
        "\n"
        "× This environment is externally managed\n"
        "2024-05-01 12:00:00,123 - trainer - ERROR - checkpoint missing\n"
    )
    events = split_events(text)
    # Consecutive error lines are one event (pip prints its complaint as two ERROR lines).
    assert [e.kind for e in events] == ["log", "log"]
    assert [b.line for b in events[0].blocks] == [2, 3, 4]
    assert events[1].line == 7
    assert events[1].text.endswith("checkpoint missing")


def test_metric_names_and_tf_info_lines_are_not_events():
    text = (
        "2026-11-24 18:05:13.477104: I tensorflow/core/util/port.cc:113] oneDNN custom operations are on. "
        "You may see slightly different numerical results due to floating-point round-off errors.\n"
        "10/10 [==============================] - 0s 2ms/step - loss: 0.25 - mean_squared_error: 0.25\n"
        "WARNING:tensorflow:From x.py:1: The name tf.Session is deprecated.\n"
        "val_error: 0.1\n"
    )
    assert split_events(text) == []


def test_bare_exception_line_and_github_actions_prefix():
    text = "2024-01-02T03:04:05.6789012Z RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB\n"
    [event] = split_events(text)
    assert event.kind == "exception"
    assert event.text.startswith("RuntimeError: CUDA out of memory")


def test_torch_distributed_rank_prefix_is_stripped():
    text = (
        "[rank0]: Traceback (most recent call last):\n"
        '[rank0]:   File "/w/train.py", line 4, in <module>\n'
        "[rank0]:     loss.backward()\n"
        "[rank0]: RuntimeError: Trying to backward through the graph a second time\n"
    )
    [event] = split_events(text)
    assert event.frames[0].file == "/w/train.py"
    assert event.final.exc_type == "RuntimeError"


def test_huge_recursion_keeps_bounded_frames():
    frame = '  File "/w/r.py", line 2, in f\n    return f()\n'
    text = (
        "Traceback (most recent call last):\n"
        + frame * 10_000
        + "RecursionError: maximum recursion depth exceeded\n"
    )
    [event] = split_events(text)
    assert event.final.exc_type == "RecursionError"
    assert 0 < len(event.frames) <= 400


def test_first_line_offset_shifts_numbers():
    [event] = split_events("ValueError: x\n", first_line=41)
    assert event.line == 41


def test_real_keras3_capture_parses():
    path = CAPTURES / "keras-3.15.1_numpy__b1_lambda_arg__keras.txt"
    [event] = split_events(path.read_text())
    assert event.final.exc_type == "NotImplementedError"
    assert event.frames[0].file.endswith("b1_lambda_arg.py")


def test_pip_build_output_nested_errors_and_indented_traceback_end():
    text = (
        "  Running setup.py egg_info\n"
        "      Traceback (most recent call last):\n"
        '        File "<string>", line 2, in <module>\n'
        "      ModuleNotFoundError: No module named 'numpy'\n"
        "  note: This error originates from a subprocess, and is likely not a problem with pip.\n"
        "  error: subprocess-exited-with-error\n"
        "error: metadata-generation-failed\n"
    )
    events = split_events(text)
    tb = events[0]
    assert tb.final.exc_type == "ModuleNotFoundError"
    assert "note:" not in tb.final.message  # less indented than the traceback: pip speaks again
    assert [b.text.strip() for e in events[1:] for b in e.blocks] == [
        "error: subprocess-exited-with-error",
        "error: metadata-generation-failed",
    ]


def test_errors_quoted_inside_lines_become_events():
    text = (
        "Use spark backend got error:NotImplementedError: Saving the model to HDF5 format\n"
        "**`ValueError: numpy.dtype size changed, may indicate binary incompatibility`**\n"
        "WARNING:root:retrying after KeyError: 'x'\n"
        " 31%|███▉      | 331/1063 [01:06<03:59,  3.06it/s]Killed\n"
        "02:54:18-197331 ERROR    Could not load torch: [WinError 126]\n"
        "#12 3.026 error: externally-managed-environment\n"
    )
    events = split_events(text)
    texts = [b.text for e in events for b in e.blocks]
    assert texts[0].startswith("NotImplementedError: Saving the model")
    assert texts[1] == "ValueError: numpy.dtype size changed, may indicate binary incompatibility"
    assert not any("retrying" in t for t in texts)  # a logger's WARNING quoting an error is not one
    assert "Killed" in texts
    assert any(t.startswith("02:54:18-197331 ERROR") for t in texts)
    assert "error: externally-managed-environment" in texts

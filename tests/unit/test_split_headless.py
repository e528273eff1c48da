"""Errors printed with no `SomeError:` head raise events; ordinary log lines do not.

Texts are real: captured here (tests/data/headless/README.md says how; shell and crash lines from
bash 5 / dash on this machine) or quoted from the public thread named beside them.
"""

from pathlib import Path

import pytest

from errfix_lsp.match.clean import clean_text
from errfix_lsp.match.split import split_events
from errfix_lsp.match.stream import TerminalStream

DATA = Path(__file__).resolve().parents[1] / "data" / "headless"


def _events(text: str):
    return split_events(clean_text(text))


def _one(text: str):
    [event] = _events(text)
    return event


# -- pip --------------------------------------------------------------------------------------


def test_pip_nested_indented_error_keeps_its_box_and_the_inner_traceback_stays_its_own_event():
    events = _events((DATA / "pip23.2.1-setup-py-raises.txt").read_text())
    nested, inner, final = events
    assert nested.kind == "log" and nested.final.text == "  error: subprocess-exited-with-error"
    assert "× Getting requirements to build wheel did not run successfully." in nested.final.message
    assert "╰─> [21 lines of output]" in nested.final.message
    assert inner.final.exc_type == "RuntimeError"
    assert final.final.text == "error: subprocess-exited-with-error"
    assert "╰─> See above for output." in final.final.message


def test_pip_failed_to_build_installable_wheels_and_indented_error_line():
    events = _events((DATA / "pip26.3-build-wheel-fails.txt").read_text())
    texts = [event.final.text for event in events]
    assert "  ERROR: Failed building wheel for badext" in texts
    last = events[-1].final.message
    assert last.startswith("error: failed-wheel-build-for-install")
    assert "× Failed to build installable wheels for some pyproject.toml based projects" in last


def test_pip_resolver_errors():
    events = _events((DATA / "pip26.3-resolution-impossible.txt").read_text())
    messages = [block.message for event in events for block in event.blocks]
    assert any(m.startswith("ERROR: Cannot install numpy<1.22 and pandas==2.2.2") for m in messages)
    assert any(m.startswith("ERROR: ResolutionImpossible: for help visit") for m in messages)
    [event] = _events((DATA / "pip26.3-no-matching-version.txt").read_text())
    assert [b.message.split(" (")[0] for b in event.blocks] == [
        "ERROR: Could not find a version that satisfies the requirement six==0.0.1",
        "ERROR: No matching distribution found for six==0.0.1",
    ]


def test_pip_box_does_not_swallow_the_next_log_line():
    text = "error: externally-managed-environment\n\n× This environment is externally managed\n"
    text += "2024-05-01 12:00:00,123 - trainer - ERROR - checkpoint missing\n"
    assert [e.line for e in _events(text)] == [1, 4]


# -- conda / mamba -----------------------------------------------------------------------------


def test_conda_blocks():
    # https://github.com/meldig/pdal-parallelizer/issues/115
    event = _one(
        "PackagesNotFoundError: The following packages are not available from current channels:\n"
        "\n"
        "  - pdal-parallelizer==2.1.0\n"
        "\n"
        "Current channels:\n"
        "\n"
        "  - https://conda.anaconda.org/clementalba/win-64\n"
    )
    assert event.final.exc_type == "PackagesNotFoundError"
    assert "pdal-parallelizer==2.1.0" in event.final.message
    # https://github.com/conda/conda/issues/11117
    event = _one(
        "UnsatisfiableError: The following specifications were found to be incompatible with each other:\n"
        "\n"
        "Output in format: Requested package -> Available versionsThe following specifications were "
        "found to be incompatible with your system:\n"
        "\n"
        "  - feature:/linux-64::__glibc==2.33=0\n"
    )
    assert event.final.exc_type == "UnsatisfiableError"
    # conda env create with a pinned build: a conda exception whose name has no "Error"
    event = _one("Solving environment: failed\n\nResolvePackageNotFound: \n  - cudatoolkit=9.0\n")
    assert event.final.exc_type == "ResolvePackageNotFound" and "cudatoolkit=9.0" in event.final.message
    assert _one("CondaError: Run 'conda init' before 'conda activate'\n").final.exc_type == "CondaError"


def test_mamba_solver_error():
    event = _one(
        "error    libmamba Could not solve for environment specs\n"
        "    The following package could not be installed\n"
        "    └─ pytorch-cuda 12.1**  does not exist (perhaps a typo or a missing channel).\n"
    )
    assert event.kind == "log" and "does not exist" in event.final.message


# -- shells ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "bash: line 1: accelerate: command not found",  # bash 5.2 here
        "bash: accelerate: command not found",
        "-bash: torchlambda: command not found",  # https://github.com/szymonmaszke/torchlambda/issues/11
        "zsh: command not found: torchrun",
        "sh: 1: torchrunx: not found",  # dash here
        "/bin/sh: 1: torchrun: not found",  # https://github.com/hiyouga/LlamaFactory/issues/5217
        "sh: 1: /home/gyn/miniconda/envs/ct/bin/torchrun: not found",  # AndyJZhao/GLEM#11
        "bash: line 1: /tmp/me/np.sh: Permission denied",  # bash 5.2 here, script without +x
        "zsh: permission denied: ./train.sh",
        "/usr/bin/env: 'python': No such file or directory",
        "'python' is not recognized as an internal or external command,",
        "python3: can't open file '/w/train.py': [Errno 2] No such file or directory",
    ],
)
def test_shell_errors(line):
    event = _one("$ ./run\n" + line + "\n")
    assert event.kind == "log" and event.final.message == line and event.line == 2


# -- crashes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Segmentation fault (core dumped)", "Segmentation fault (core dumped)"),
        ("Illegal instruction (core dumped)", "Illegal instruction (core dumped)"),  # tensorflow#22434
        ("Bus error (core dumped)", "Bus error (core dumped)"),
        ("Killed", "Killed"),
        # bash 5.2 here, a child killed by each signal:
        ('bash: line 1: 14683 Segmentation fault      python3 -c "import ctypes"', "Segmentation fault"),
        ('bash: line 1: 14726 Aborted                 python3 -c "import os; os.abort()"', "Aborted"),
        ("bash: line 1: 14768 Killed                  python3 train.py", "Killed"),
        ("bash: line 1: 14810 Illegal instruction     python3 train.py", "Illegal instruction"),
        ("bash: line 1: 14852 Bus error               python3 train.py", "Bus error"),
        ("[1]+  Killed                  python train.py", "Killed"),
        (
            "100%|██████████| 9/9 [00:03<00:00]Segmentation fault (core dumped)",
            "Segmentation fault (core dumped)",
        ),
    ],
)
def test_crash_lines(line, message):
    event = _one(">>> import tensorflow as tf\n" + line + "\n")
    assert event.final.message == message and event.line == 2


def test_fatal_python_error_dump_frames_outermost_first_and_the_crash_line():
    # python3.11 -X faulthandler -c "import ctypes; ctypes.string_at(0)" here
    text = (
        "Fatal Python error: Segmentation fault\n"
        "\n"
        "Current thread 0x00007f842f650b80 (most recent call first):\n"
        '  File "/root/.pyenv/versions/3.11.7/lib/python3.11/ctypes/__init__.py", line 519 in string_at\n'
        '  File "<string>", line 1 in <module>\n'
        "\n"
        "Extension modules: numpy.core._multiarray_umath (total: 1)\n"
        "Segmentation fault (core dumped)\n"
        "$ ls\n"
    )
    event = _one(text)
    assert event.kind == "traceback" and event.start_line == 1 and event.end_line == 8
    assert event.final.message == "Fatal Python error: Segmentation fault\nSegmentation fault (core dumped)"
    assert [(f.file, f.line, f.function) for f in event.frames] == [
        ("<string>", 1, "<module>"),
        ("/root/.pyenv/versions/3.11.7/lib/python3.11/ctypes/__init__.py", 519, "string_at"),
    ]


def test_fatal_python_error_then_a_python_traceback_is_two_events():
    text = (
        "Fatal Python error: init_import_site: Failed to import the site module\n"
        "Python runtime state: initialized\n"
        "Traceback (most recent call last):\n"
        '  File "/usr/lib/python3.10/site.py", line 73, in <module>\n'
        "    import os\n"
        "ModuleNotFoundError: No module named 'os'\n"
    )
    fatal, traceback = _events(text)
    assert fatal.final.message.endswith("Python runtime state: initialized")
    assert traceback.final.exc_type == "ModuleNotFoundError"


def test_cpp_abort_notice_takes_in_the_abort():
    # c10 aborting: https://github.com/sgl-project/sglang/issues/1693 (trimmed)
    text = (
        "terminate called after throwing an instance of 'c10::DistBackendError'\n"
        "  what():  [PG 3 Rank 5] Process group watchdog thread terminated with exception: [Rank 5] "
        "Watchdog caught collective operation timeout: WorkNCCL(SeqNum=9141, OpType=_ALLGATHER_BASE, "
        "NumelIn=19008, NumelOut=152064, Timeout(ms)=600000) ran for 600020 milliseconds before timing out.\n"
        "\n"
        "Aborted (core dumped)\n"
    )
    event = _one(text)
    assert "Watchdog caught collective operation timeout" in event.final.message
    assert event.final.message.endswith("Aborted (core dumped)")


# -- notices, C++ logs, (see above for traceback) ---------------------------------------------


def test_numpy_abi_notice_without_traceback():
    # https://github.com/1984Doc/AI-Scribe/issues/6
    event = _one(
        "A module that was compiled using NumPy 1.x cannot be run in\n"
        "NumPy 2.0.0 as it may crash. To support both 1.x and 2.x\n"
        "versions of NumPy, modules must be compiled with NumPy 2.0.\n"
        "Some module may need to rebuild instead e.g. with 'pybind11>=2.12'.\n"
    )
    assert event.final.message.startswith(
        "A module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.0.0"
    )


@pytest.mark.parametrize(
    "line",
    [
        "2021-03-01 10:00:00.123456: W tensorflow/stream_executor/platform/default/dso_loader.cc:60] "
        "Could not load dynamic library 'libcudart.so.11.0'; dlerror: libcudart.so.11.0: cannot open shared "
        "object file: No such file or directory",
        "2025-02-09 09:37:32.335925: E external/local_xla/xla/stream_executor/cuda/cuda_blas.cc:1515] Unable "
        "to register cuBLAS factory: Attempting to register factory for plugin cuBLAS when one has already "
        "been registered",
        "[E ProcessGroupNCCL.cpp:475] [Rank 1] Watchdog caught collective operation timeout: "
        "WorkNCCL(SeqNum=1, OpType=ALLREDUCE, Timeout(ms)=1800000) ran for 1800460 milliseconds before timing out.",
        # https://github.com/hiyouga/LlamaFactory/issues/6269
        "[rank0]:[E1206 18:44:12.715298746 ProcessGroupNCCL.cpp:607] [Rank 0] Watchdog caught collective "
        "operation timeout: WorkNCCL(SeqNum=7753, OpType=_REDUCE_SCATTER_BASE, NumelIn=544997376, "
        "NumelOut=68124672, Timeout(ms)=600000) ran for 600061 milliseconds before timing out.",
    ],
)
def test_cpp_log_lines_that_carry_an_error(line):
    event = _one(line + "\n")
    assert event.kind == "log"
    assert line.endswith(event.final.message.split("] ", 1)[1])


def test_cpp_warning_and_info_lines_without_an_error_are_not_events():
    text = (
        "2021-03-01 10:00:00.123500: I tensorflow/stream_executor/cuda/cudart_stub.cc:29] Ignore above "
        "cudart dlerror if you do not have a GPU set up on your machine.\n"
        "2021-03-01 10:00:01.000000: W tensorflow/core/framework/allocator.cc:101] Allocation of 1234 "
        "exceeds 10% of system memory.\n"
        "W0000 00:00:1732471513.123456   12345 cuda_driver.cc:82] could not find cuda drivers on your machine\n"
        "[W NNPACK.cpp:64] Could not initialize NNPACK! Reason: Unsupported hardware.\n"
    )
    assert _events(text) == []


def test_see_above_for_traceback_is_read_as_the_exception():
    # TensorFlow 1.x graph errors: https://github.com/santi-pdp/segan/issues/42
    event = _one(
        "Caused by op 'x', defined at:\n"
        "  blah\n"
        "ResourceExhaustedError (see above for traceback): OOM when allocating tensor with shape[100,4096,32]\n"
    )
    assert event.final.exc_type == "ResourceExhaustedError"
    assert event.final.message == "ResourceExhaustedError: OOM when allocating tensor with shape[100,4096,32]"
    text = (
        "Traceback (most recent call last):\n"
        '  File "/w/train.py", line 9, in <module>\n'
        "    sess.run(op)\n"
        "InvalidArgumentError (see above for traceback): You must feed a value for placeholder tensor "
        "'Placeholder' with dtype float\n"
    )
    event = _one(text)
    assert event.kind == "traceback" and event.frames[0].line == 9
    assert event.final.message.startswith("InvalidArgumentError: You must feed a value")


# -- warnings and NaN losses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "/home/u/x.py:12:  UserWarning:  something odd",
        "/home/u/x.py:12:UserWarning: something odd",
        "  /home/u/x.py:12: UserWarning: something odd",  # pytest's warnings summary indents them
        "C:\\Users\\me\\x.py:12: UserWarning: something odd",
    ],
)
def test_warnings_however_spaced(line):
    event = _one(line + "\n  warnings.warn(\n")
    assert event.kind == "warning"
    assert event.final.message == "UserWarning: something odd"
    assert event.frames[0].file.endswith("x.py") and not event.frames[0].file.startswith(" ")


def test_bare_warning_alone_on_a_line_indented_or_not():
    assert _one("UserWarning: To copy construct from a tensor, use clone().detach()\n").final.exc_type == (
        "UserWarning"
    )
    event = _one("    FutureWarning: The default value of numeric_only will change\n")
    assert event.kind == "warning" and event.final.exc_type == "FutureWarning"


@pytest.mark.parametrize(
    "line",
    [
        "100/100 [==============================] - 2s 10ms/step - loss: nan - accuracy: 0.1000",
        "step 100: loss=nan lr=0.001",
        "Loss is nan, stopping training",  # https://github.com/Intellindust-AI-Lab/DEIM/issues/96
        "{'loss': nan, 'grad_norm': nan, 'learning_rate': 1e-05, 'epoch': 0.1}",
        "Epoch 1: 100%|##| 10/10 [00:01<00:00, v_num=0, train_loss=nan]",
        "Batch 12: Invalid loss, terminating training",  # keras.callbacks.TerminateOnNaN
    ],
)
def test_nan_loss_lines(line):
    event = _one("Epoch 1/5\n" + line + "\n")
    assert event.kind == "log" and event.final.message == line.strip()


def test_a_nan_progress_bar_is_one_event():
    lines = [f"{i}/100 [====>....] - ETA: 1s - loss: nan - accuracy: 0.1" for i in range(1, 101)]
    assert len(_events("\n".join(lines))) == 1


@pytest.mark.parametrize(
    "line",
    [
        "loss: 0.6931 - val_loss: 0.6812",
        "loss_scale: inf",
        "information about nan handling in finance",
        "Aborted!",
        "Killed 3 zombie workers, restarting",
        "bash: warning: setlocale: LC_ALL: cannot change locale (en_US.UTF-8)",
        "WARNING: pip is being invoked by an old script wrapper.",
    ],
)
def test_ordinary_lines_are_not_events(line):
    assert _events(line + "\n") == []


# -- the stream gives the same events, cut anywhere ---------------------------------------------

SAMPLES = [
    (DATA / "pip23.2.1-setup-py-raises.txt").read_text(),
    (DATA / "pip26.3-build-wheel-fails.txt").read_text(),
    "Fatal Python error: Segmentation fault\n\nCurrent thread 0x00007f842f650b80 (most recent call first):\n"
    '  File "/x/ctypes/__init__.py", line 519 in string_at\n  File "<string>", line 1 in <module>\n\n'
    "Segmentation fault (core dumped)\n$ ls\n",
    "terminate called after throwing an instance of 'std::bad_alloc'\n  what():  std::bad_alloc\n\n"
    "Aborted (core dumped)\n",
    "Epoch 1/5\n1/9 [==>...] - loss: nan\r9/9 [=====] - loss: nan\nbash: line 1: 1 Killed   python t.py\n",
]


def _shape(events):
    return [(e.kind, e.start_line, e.end_line, e.final.message, e.all_frames()) for e in events]


@pytest.mark.parametrize("text", SAMPLES, ids=range(len(SAMPLES)))
def test_stream_cut_anywhere_gives_the_whole_text_events(text):
    whole = _shape(split_events(clean_text(text)))
    assert whole
    step = max(1, len(text) // 300)
    for cut in range(1, len(text), step):
        stream = TerminalStream()
        streamed = stream.feed(text[:cut]) + stream.feed(text[cut:]) + stream.end()
        assert _shape(streamed) == whole, cut
    stream = TerminalStream()
    streamed = [
        event for line in text.splitlines(keepends=True) for event in stream.feed(line)
    ] + stream.end()
    assert _shape(streamed) == whole


def test_zsh_glob_of_pip_extras_is_an_event():
    """zsh expands `pip install pkg[extra]` as a glob and refuses to run the command."""
    from errfix_lsp.match.split import split_events

    [event] = split_events("➜  proj pip install qrcode[pil]\nzsh: no matches found: qrcode[pil]\n")
    assert event.final.text == "zsh: no matches found: qrcode[pil]"

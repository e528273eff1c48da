"""Diagnostics and edits only ever land on real files inside the workspace."""

import os

from errfix_lsp.match.events import Frame
from errfix_lsp.placement import inside_workspace, place, resolve_frame_path, workspace_roots


def make(tmp_path):
    ws = tmp_path / "ws"
    (ws / "pkg").mkdir(parents=True)
    (ws / "pkg" / "layers.py").write_text("class MyDense: pass\n")
    (ws / "train.py").write_text("import pkg\n")
    (ws / ".venv" / "lib" / "python3.11" / "site-packages" / "keras").mkdir(parents=True)
    (ws / ".venv" / "lib" / "python3.11" / "site-packages" / "keras" / "x.py").write_text("")
    outside = tmp_path / "outside.py"
    outside.write_text("secret = 1\n")
    return ws, outside


def test_innermost_workspace_frame_wins(tmp_path):
    ws, _ = make(tmp_path)
    roots = workspace_roots([ws])
    frames = [
        Frame(str(ws / "train.py"), 1, "<module>"),
        Frame(str(ws / "pkg" / "layers.py"), 1, "call"),
        Frame(str(ws / ".venv/lib/python3.11/site-packages/keras/x.py"), 1, "get_config"),
    ]
    placed = place(frames, roots)
    assert placed.path == (ws / "pkg" / "layers.py").resolve() and placed.frame_index == 1


def test_relative_paths_resolve_against_cwd(tmp_path):
    ws, _ = make(tmp_path)
    placed = place([Frame("pkg/layers.py", 1, None)], workspace_roots([ws]), cwd=str(ws))
    assert placed is not None and placed.path.name == "layers.py"


def test_dotdot_tricks_and_outside_files_are_refused(tmp_path):
    ws, outside = make(tmp_path)
    roots = workspace_roots([ws])
    sneaky = str(ws / "pkg" / ".." / ".." / "outside.py")
    assert place([Frame(sneaky, 1, None)], roots) is None
    assert place([Frame(str(outside), 1, None)], roots) is None


def test_symlink_out_of_the_workspace_is_refused(tmp_path):
    ws, outside = make(tmp_path)
    link = ws / "link.py"
    os.symlink(outside, link)
    assert place([Frame(str(link), 1, None)], workspace_roots([ws])) is None


def test_missing_files_frozen_modules_and_cells_are_not_places(tmp_path):
    ws, _ = make(tmp_path)
    roots = workspace_roots([ws])
    assert resolve_frame_path("<frozen runpy>", None, roots) is None
    assert resolve_frame_path("Cell In[3]", None, roots) is None
    assert resolve_frame_path(str(ws / "gone.py"), None, roots) is None


def test_site_packages_inside_workspace_is_not_user_code(tmp_path):
    ws, _ = make(tmp_path)
    path = (ws / ".venv/lib/python3.11/site-packages/keras/x.py").resolve()
    assert not inside_workspace(path, workspace_roots([ws]))


def test_paths_the_os_cannot_take_are_not_places(tmp_path):
    """A lone surrogate (a JavaScript client cut an emoji) or a NUL in a frame's path: no crash."""
    ws, _ = make(tmp_path)
    roots = workspace_roots([ws])
    for file in (str(ws / "a\ud83d.py"), "rel\ud83d.py", str(ws / "a\x00b.py"), "x\x00"):
        assert place([Frame(file, 1, "f"), Frame(str(ws / "train.py"), 1, None)], roots, cwd=str(ws)).path.name == "train.py"
    assert workspace_roots([str(ws) + "\x00", "/w/\ud800"]) == []


def test_user_code_frames_come_from_tensorflows_message_only():
    from errfix_lsp.placement import user_code_frames

    message = (
        'ValueError: Exception encountered when calling layer "projection" (type Projection).\n\n'
        "in user code:\n\n"
        '    File "/ws/layers.py", line 9, in call  *\n'
        "        return tf.matmul(inputs, self.kernel)\n\n"
        "    ValueError: Dimensions must be equal, but are 4 and 5\n"
    )
    assert user_code_frames(message) == [Frame("/ws/layers.py", 9, "call")]
    assert user_code_frames(message.replace("in user code:", "")) == []

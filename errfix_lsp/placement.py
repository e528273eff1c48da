"""Where an error belongs in the user's code: the innermost frame inside a workspace folder.

Tracebacks name files anywhere: site-packages, the standard library, `<frozen runpy>`, paths
relative to the directory the command ran in, `..` tricks and symlinks that leave the
workspace. Only a real file that resolves inside a workspace folder (and not into an
installed-packages directory there, such as a `.venv`) is a place for a diagnostic or an edit.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .match.events import Frame

_LIBRARY_PARTS = {"site-packages", "dist-packages", "node_modules", "__pypackages__"}
# A frame TensorFlow prints inside the message, below "in user code:" (`  *` marks converted code).
_USER_CODE_FRAME = re.compile(r'^[ \t]+File "([^"\n]+)", line (\d+), in ([^\s*]+)', re.MULTILINE)


@dataclass(frozen=True)
class Placement:
    path: Path
    line: int  # 1-based
    frame_index: int


def resolve_frame_path(file: str, cwd: str | None, roots: Sequence[Path]) -> Path | None:
    """The real path of a frame's file, or None when it is not a file we may point at.

    Any OSError (a name too long for the file system, a loop, no permission) costs only this
    frame: the other frames and events of the output are still placed.
    """
    if not file or file.startswith("<") or file.startswith("Cell In"):
        return None
    try:
        candidate = Path(os.path.expanduser(file))
        if not candidate.is_absolute():
            bases = [Path(cwd)] if cwd else []
            bases.extend(roots)
            for base in bases:
                joined = base / candidate
                if _is_file(joined):
                    candidate = joined
                    break
            else:
                return None
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError, ValueError):  # ValueError: NUL, lone surrogate
        return None
    return real if _is_file(real) else None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # ENAMETOOLONG, EACCES...: Path.is_file only hides ENOENT & co
        return False


def inside_workspace(path: Path, roots: Iterable[Path]) -> bool:
    """True when `path` (already resolved) lies in a root and not in an installed-packages dir."""
    for root in roots:
        try:
            relative = path.relative_to(root)
        except ValueError:
            continue
        if _LIBRARY_PARTS.intersection(relative.parts):
            return False
        return not any(
            part.startswith(".venv") or part in ("venv", ".tox", ".nox") for part in relative.parts[:-1]
        )
    return False


def workspace_roots(folders: Iterable[str | os.PathLike[str]]) -> list[Path]:
    roots = []
    for folder in folders:
        try:
            roots.append(Path(folder).resolve(strict=True))
        except (OSError, RuntimeError, ValueError):  # ValueError: NUL, lone surrogate
            continue
    return roots


def user_code_frames(message: str) -> list[Frame]:
    """Frames of the user's code that TensorFlow lists in the message of an error raised inside
    a `tf.function` ("in user code:"), outermost first.

    The traceback itself stops at the call that started the graph (`model.fit`, `Sequential(...)`)
    and then runs through a generated `/tmp/__autograph_generated_file*.py`; the line that went
    wrong, say in a custom layer's `call`, is only named here.
    """
    if "in user code:" not in message:
        return []
    return [Frame(m[1], int(m[2]), m[3]) for m in _USER_CODE_FRAME.finditer(message)]


def place(frames: Sequence[Frame], roots: Sequence[Path], cwd: str | None = None) -> Placement | None:
    """The innermost frame whose file is inside the workspace."""
    for index in range(len(frames) - 1, -1, -1):
        frame = frames[index]
        if frame.line is None or frame.line < 1:
            continue
        path = resolve_frame_path(frame.file, cwd, roots)
        if path is not None and inside_workspace(path, roots):
            return Placement(path, frame.line, index)
    return None

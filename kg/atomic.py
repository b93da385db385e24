"""Atomic writes: a failed or interrupted write leaves the previous file as it was."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import InputError


def write_text_atomic(path: Path, text: str) -> None:
    """Write via a temp file in the same directory, so readers see the old file or the new one."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are meant to be read
        os.replace(tmp, path)
    except BaseException as exc:  # also on Ctrl-C: never leave a half-written temp file
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise

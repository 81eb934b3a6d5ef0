"""The optional compiled code: which of it runs, and the switch back to pure Python.

Two kinds are built at install time when a compiler is present (``setup.py`` marks both optional,
so an install without one still succeeds and runs the same code as Python):

- ``credscore._scan``, a small C extension whose every function has a pure-Python twin that gives
  the same result on every input (proven by hypothesis tests);
- ``credscore._records_c``, which builds the frozen attrs records without running their Python
  ``__init__`` (``credscore._records`` says when that gives the same instance);
- mypyc builds of the hottest pure-Python modules (the sentence-level work of the sourcing,
  language and boilerplate families).  Each compiled file sits beside the ``.py`` it was built
  from, and Python's import system prefers it.

Set ``CREDSCORE_PURE_PYTHON=1`` to run everything as Python.  In a source checkout (an editable
install), a module edited after the build would otherwise keep running its old compiled self, so
there the sources are compared with the build and, if any is newer, every module runs from its
source (compiled modules call each other directly: all of them or none), with a warning.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import site
import sys
import sysconfig
import warnings
from pathlib import Path
from types import ModuleType

_PACKAGE = "credscore"
_PACKAGE_DIR = Path(__file__).resolve().parent
# the module mypyc builds with the shared code of every compiled module (setup.py's group name)
MYPYC_RUNTIME = "credscore__mypyc"


def pure_python_requested() -> bool:
    return os.environ.get("CREDSCORE_PURE_PYTHON", "") not in ("", "0")


def compiled_pairs(package_dir: Path, package: str = _PACKAGE) -> dict[str, tuple[Path, Path]]:
    """Module name -> (source, compiled file) for every module that has both."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    pairs: dict[str, tuple[Path, Path]] = {}
    for root, dirs, files in os.walk(package_dir):
        dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
        names = set(files)
        for f in files:
            suffix = next((s for s in suffixes if f.endswith(s)), None)
            if suffix is None:
                continue
            stem = f[: -len(suffix)]
            if stem + ".py" not in names:
                continue  # credscore._scan: no source of the same name, nothing to switch
            rel = Path(root).relative_to(package_dir).parts
            pairs[".".join((package, *rel, stem))] = (Path(root, stem + ".py"), Path(root, f))
    return pairs


# Files unpacked from one wheel get their times within moments of each other, in any order; an
# edit comes later than that.
_MTIME_SLACK_S = 2.0


def stale_modules(pairs: dict[str, tuple[Path, Path]]) -> list[str]:
    """The modules whose source changed after their compiled file was built."""
    return sorted(
        name
        for name, (src, built) in pairs.items()
        if src.stat().st_mtime > built.stat().st_mtime + _MTIME_SLACK_S
    )


def _installed(package_dir: Path) -> bool:
    """Whether the package lives in site-packages (nobody edits it there) or in a checkout."""
    roots = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")} | {site.getusersitepackages()}
    return any(package_dir.is_relative_to(Path(r).resolve()) for r in roots if r)


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the listed modules' ``.py`` files ahead of their compiled builds."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self.sources = sources

    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        source = self.sources.get(fullname)
        return None if source is None else importlib.util.spec_from_file_location(fullname, source)


def _choose() -> tuple[str, ...]:
    """Decide once per process which modules run compiled; returns their names."""
    pairs = compiled_pairs(_PACKAGE_DIR)
    if not pairs:
        return ()
    reason = None
    if pure_python_requested():
        reason = ""
    elif importlib.util.find_spec(MYPYC_RUNTIME) is None:
        reason = f"their shared runtime {MYPYC_RUNTIME} is missing (a partial build)"
    elif not _installed(_PACKAGE_DIR):
        stale = stale_modules(pairs)
        if stale:
            reason = f"{', '.join(stale)} changed after the build (rebuild: pip install -e .)"
    if reason is None:
        return tuple(sorted(pairs))
    if reason:
        warnings.warn(f"credscore runs its compiled modules as Python: {reason}", RuntimeWarning, stacklevel=2)
    already = [name for name in pairs if name in sys.modules]
    if already:  # imported before this module: too late to switch, so say so
        raise ImportError(f"credscore._speedups must be imported before {already[0]}")
    sys.meta_path.insert(0, _SourceFinder({name: src for name, (src, _) in pairs.items()}))
    return ()


def _load(name: str) -> ModuleType | None:
    if pure_python_requested():
        return None
    try:
        return importlib.import_module(f"{_PACKAGE}.{name}")
    except ImportError:
        return None


# Module names that run as mypyc builds in this process (empty: all Python).
compiled_modules: tuple[str, ...] = _choose()
scan: ModuleType | None = _load("_scan")
records: ModuleType | None = _load("_records_c")

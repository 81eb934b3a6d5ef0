"""The optional compiled scanners, or None when they are not built or are switched off.

``credscore._scan`` is a small C extension built at install time when a compiler is present
(``setup.py`` marks it optional, so an install without one still succeeds). Every function in it
has a pure-Python twin that gives the same result on every input (proven by hypothesis tests);
set ``CREDSCORE_PURE_PYTHON=1`` to use the twins.
"""

from __future__ import annotations

import os
from types import ModuleType


def _load() -> ModuleType | None:
    if os.environ.get("CREDSCORE_PURE_PYTHON", "") not in ("", "0"):
        return None
    try:
        from credscore import _scan
    except ImportError:
        return None
    return _scan


scan: ModuleType | None = _load()

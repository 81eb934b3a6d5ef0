"""Optional dependencies: import them where used, and say which extra provides them."""

from __future__ import annotations

import importlib
from types import ModuleType


class MissingExtraError(ImportError):
    """An optional part of credscore needs a package that is not installed."""


def require(module: str, extra: str, *, purpose: str) -> ModuleType:
    """Import ``module`` or raise an error naming the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(
            f"{purpose} needs the '{module}' package: pip install 'credscore[{extra}]'"
        ) from exc

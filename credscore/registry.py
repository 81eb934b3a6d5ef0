"""The signal registry: versioned names for pure functions from analysed text to values.

A signal family is one module that decorates one function with :func:`register`; the module is
listed once in ``credscore.signals.BUILTIN_MODULES``.  Names carry a version ("readability.v1"),
and asking for an unknown name raises :class:`UnknownSignalError` listing the known ones.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

import attrs

from credscore.spans import Evidence

if TYPE_CHECKING:
    from credscore.analysis import AnalyzedText


@attrs.frozen(kw_only=True)
class SignalResult:
    """What a signal family returns: named values, evidence lists, and notes for provenance."""

    values: Mapping[str, float | None]
    evidence: Mapping[str, tuple[Evidence, ...]] = attrs.field(factory=dict)
    meta: Mapping[str, Any] = attrs.field(factory=dict)


SignalFunction = Callable[["AnalyzedText"], SignalResult]


@attrs.frozen(kw_only=True)
class SignalSpec:
    """A registered signal family."""

    name: str
    version: int
    func: SignalFunction
    provides: tuple[str, ...]
    evidence: tuple[str, ...]
    description: str
    default: bool = True

    @property
    def qualified_name(self) -> str:
        return f"{self.name}.v{self.version}"


class UnknownSignalError(KeyError):
    """Raised for a signal name that is not registered; the message lists the known names."""

    def __init__(self, name: str, known: Iterable[str]) -> None:
        self.name = name
        self.known = sorted(known)
        super().__init__(name)

    def __str__(self) -> str:
        return f"unknown signal {self.name!r}; known signals: {', '.join(self.known) or '(none)'}"


_REGISTRY: dict[str, SignalSpec] = {}
_LOADED = False


def register(
    name: str,
    *,
    version: int,
    provides: Iterable[str],
    evidence: Iterable[str] = (),
    description: str,
    default: bool = True,
) -> Callable[[SignalFunction], SignalFunction]:
    """Register ``func`` as the signal family ``name`` at ``version``.

    ``provides`` names every value the function returns; the profile checks that it returns
    exactly these, so the registry doubles as the list of feature names.
    """
    if "." in name:
        raise ValueError(f"signal names carry their version separately: {name!r}")

    def decorator(func: SignalFunction) -> SignalFunction:
        spec = SignalSpec(
            name=name,
            version=version,
            func=func,
            provides=tuple(provides),
            evidence=tuple(evidence),
            description=description,
            default=default,
        )
        existing = _REGISTRY.get(spec.qualified_name)
        if existing is not None and existing.func is not func:
            raise ValueError(f"signal {spec.qualified_name} is already registered")
        _REGISTRY[spec.qualified_name] = spec
        return func

    return decorator


def _load_builtins() -> None:
    global _LOADED
    if _LOADED:
        return
    from credscore.signals import BUILTIN_MODULES

    for module in BUILTIN_MODULES:
        importlib.import_module(module)
    _LOADED = True


def available() -> tuple[SignalSpec, ...]:
    """Every registered signal family, newest version of each name last, sorted by name."""
    _load_builtins()
    return tuple(sorted(_REGISTRY.values(), key=lambda s: (s.name, s.version)))


def get(name: str) -> SignalSpec:
    """The spec for ``"name.vN"``, or for ``"name"`` (its newest version)."""
    _load_builtins()
    if name in _REGISTRY:
        return _REGISTRY[name]
    versions = [s for s in _REGISTRY.values() if s.name == name]
    if versions:
        return max(versions, key=lambda s: s.version)
    raise UnknownSignalError(name, _REGISTRY)


def defaults() -> tuple[SignalSpec, ...]:
    """The newest version of every family that runs by default."""
    newest: dict[str, SignalSpec] = {}
    for spec in available():
        if spec.default:
            newest[spec.name] = spec
    return tuple(newest.values())


def resolve(names: Iterable[str] | None) -> tuple[SignalSpec, ...]:
    """Specs for ``names`` (default families when None), in a stable order."""
    if names is None:
        return defaults()
    specs = []
    for name in names:
        spec = get(name)
        if spec not in specs:
            specs.append(spec)
    return tuple(specs)


def feature_names(names: Iterable[str] | None = None) -> tuple[str, ...]:
    """The flat signal-value names the given families provide, in order."""
    return tuple(value for spec in resolve(names) for value in spec.provides)

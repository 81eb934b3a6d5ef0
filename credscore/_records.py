"""Fast constructors for the frozen, slotted attrs records that a profile builds by the hundred.

A frozen attrs class sets each field through ``object.__setattr__`` from a generated Python
``__init__``, which costs a two-field :class:`~credscore.spans.Span` some four thousand machine
instructions.  :func:`maker` returns a callable that takes the field values by position and
returns the same instance; with the optional C extension (``credscore._records_c``) it stores the
values in the instance's slots directly.  It is used only for classes whose ``__init__`` does
nothing else (or nothing but run validators the caller runs itself), which :func:`maker` checks;
any other class, or an install without the extension, gets a plain call of the class.
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

import attrs

from credscore._speedups import records as _records_c

T = TypeVar("T")


def fields_repr(record: object, names: tuple[str, ...]) -> str:
    """ "Name(a=1, b='x')": the repr of a plain slotted record from its field names.  Compiled by
    mypyc such a class keeps no ``__slots__`` to read them from, so each passes its own tuple."""
    fields = ", ".join(f"{name}={getattr(record, name)!r}" for name in names)
    return f"{type(record).__name__}({fields})"


def stores_only(cls: type, *, validators: bool = False) -> bool:
    """Whether ``cls(**values)`` only stores its fields: a slotted attrs class, derived from object
    alone, with the ``__init__`` attrs wrote for it, whose fields all take an argument and have no
    converter or hook, and no ``__attrs_pre_init__`` or ``__attrs_post_init__``.  A validator
    counts as something else too, unless ``validators`` is true (the caller checks the values)."""
    if not (attrs.has(cls) and "__slots__" in cls.__dict__ and cls.__bases__ == (object,)):
        return False
    init_code = getattr(cls.__dict__.get("__init__"), "__code__", None)
    if init_code is None or not init_code.co_filename.startswith("<attrs generated"):
        return False  # attrs.define(init=False) with an __init__ of the class's own
    if getattr(cls, "__attrs_post_init__", None) is not None or getattr(cls, "__attrs_pre_init__", None) is not None:
        return False
    fields: Any = attrs.fields(cls)
    if any((f.validator is not None and not validators) or f.converter is not None or f.on_setattr or not f.init for f in fields):
        return False
    own_slots = {s for s in cls.__dict__["__slots__"] if s != "__weakref__"}
    return own_slots == {f.name for f in fields}


def maker(cls: type[T], *, caller_validates: bool = False) -> Callable[..., T]:
    """A callable that builds ``cls`` from every field's value, in field order, by position.

    ``caller_validates`` vouches that every value already passes its field's validator, because
    the caller checks them itself: a class whose ``__init__`` would only store its fields and run
    validators then gets the fast constructor too, which does not run them."""
    fields: Any = attrs.fields(cls)
    names = tuple(f.name for f in fields)
    if _records_c is not None and stores_only(cls, validators=caller_validates):
        made: Callable[..., T] = _records_c.maker(cls, names)
        return made
    if not any(f.kw_only for f in fields):
        return cls

    def by_name(*values: Any) -> T:
        if len(values) != len(names):
            raise TypeError(f"{cls.__name__} maker takes {len(names)} values ({len(values)} given)")
        return cls(**dict(zip(names, values)))

    return by_name

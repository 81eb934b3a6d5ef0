"""Signal families.  Each module registers one family with :func:`credscore.registry.register`.

Adding a family is one module and one line here.
"""

BUILTIN_MODULES: tuple[str, ...] = (
    "credscore.signals.readability",
    "credscore.signals.sentiment",
    "credscore.signals.sourcing",
    "credscore.signals.language",
    "credscore.signals.boilerplate",
)

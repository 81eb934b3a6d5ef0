"""The optional compiled parts: a C scanner, and mypyc builds of the hottest Python modules.

Both are optional: without a compiler, without mypy, or with ``CREDSCORE_NO_MYPYC=1`` the install
still succeeds and the same code runs as Python (``credscore._speedups`` says which runs).
Everything else is in pyproject.toml.
"""

import os
import sys

from setuptools import Extension, setup

# The sentence-level work of the signal families (sourcing, language, boilerplate, sentiment) and
# the scoring of dimensions: about a third fewer instructions per article compiled
# (docs/performance.md).  Modules that declare attrs
# classes with field() specifiers (_attribution_types, analysis) stay
# Python: mypyc cannot compile those class bodies.  So does _boilerplate_words, the twin of the C
# line scanner: mypyc's str.lower() ignores the final-sigma rule ("ΌΣΟΣ" gives "όσοσ", Python
# "όσος"), and the twin must be Python's own.
MYPYC_MODULES = [
    "credscore/_int_bisect.py",
    "credscore/_letter_case.py",
    "credscore/_quote_scan.py",
    "credscore/scoring.py",
    "credscore/signals/_attribution_appositives.py",
    "credscore/signals/_attribution_chain.py",
    "credscore/signals/_attribution_clauses.py",
    "credscore/signals/_attribution_continued.py",
    "credscore/signals/_attribution_gender.py",
    "credscore/signals/_attribution_introduced.py",
    "credscore/signals/_attribution_stance.py",
    "credscore/signals/_attribution_labels.py",
    "credscore/signals/_attribution_lexicon.py",
    "credscore/signals/_attribution_modifiers.py",
    "credscore/signals/_attribution_names.py",
    "credscore/signals/_attribution_phrase.py",
    "credscore/signals/_attribution_preceding.py",
    "credscore/signals/_attribution_quotes.py",
    "credscore/signals/_attribution_records.py",
    "credscore/signals/_attribution_resolve.py",
    "credscore/signals/_attribution_scan.py",
    "credscore/signals/_attribution_short_names.py",
    "credscore/signals/_attribution_subjects.py",
    "credscore/signals/_attribution_tokens.py",
    "credscore/signals/_boilerplate_context.py",
    "credscore/signals/_boilerplate_lines.py",
    "credscore/signals/_lexicon_matcher.py",
    "credscore/signals/_phrase_expansion.py",
    "credscore/signals/_vader.py",
    "credscore/signals/boilerplate.py",
    "credscore/signals/language.py",
    "credscore/signals/sentiment.py",
    "credscore/signals/sourcing.py",
]


def mypyc_extensions() -> list:
    if os.environ.get("CREDSCORE_NO_MYPYC", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify

        # the group name fixes the shared runtime's module name (credscore._speedups looks for it)
        # modules outside the list are read for their types only; their own errors do not count
        options = ["--follow-imports=silent", "--ignore-missing-imports"]
        extensions = mypycify([*options, *MYPYC_MODULES], opt_level="3", group_name="credscore")
    except (Exception, SystemExit) as exc:  # no mypy, or a type error: mypycify exits
        print(f"credscore: not compiling with mypyc ({exc!r}); those modules run as Python", file=sys.stderr)
        return []
    for ext in extensions:
        ext.optional = True
    return extensions


# optional=True: without a compiler the install still succeeds and the pure-Python twins run
setup(
    ext_modules=[
        Extension("credscore._scan", ["credscore/_scan.c"], optional=True),
        Extension("credscore._records_c", ["credscore/_records.c"], optional=True),
        *mypyc_extensions(),
    ]
)

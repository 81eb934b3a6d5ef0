"""Whether a word opens with a capital or a small letter: ``word[0].isupper()`` and
``word[0].islower()``, the two tests the attribution rules ask most.

Compiled by mypyc (see ``setup.py``), ``str.isupper`` and ``str.islower`` are Python method calls
(looked up by name at each call); these read the first letter's code point and answer ASCII
natively, which is nearly every call on news text.  Other letters go to the ``str`` methods, so
the answers are the same for all text.  ``word`` must not be empty (as ``word[0]`` requires).
"""

from __future__ import annotations


def initial_upper(word: str) -> bool:
    """``word[0].isupper()``."""
    code = ord(word[0])
    if code < 128:
        return 65 <= code <= 90
    return word[0].isupper()


def initial_lower(word: str) -> bool:
    """``word[0].islower()``."""
    code = ord(word[0])
    if code < 128:
        return 97 <= code <= 122
    return word[0].islower()

"""Binary search in a sorted list of ints (token offsets, sentence and quotation bounds).

The same answers as :func:`bisect.bisect_left` and :func:`bisect.bisect_right`, for ``list[int]``
only, and ``hi=-1`` (not None) for "to the end".  Why not the standard module: compiled by mypyc
(see ``setup.py``), this loop compares native ints, where the C ``bisect`` compares boxed ones
through ``PyObject_RichCompareBool``; on the attribution pass that was about 4 % of the
instructions.  Interpreted, it is a little slower than :mod:`bisect`, and as correct.
"""

from __future__ import annotations


def bisect_left(a: list[int], x: int, lo: int = 0, hi: int = -1) -> int:
    """The first index in ``a[lo:hi]`` whose item is not less than ``x`` (``hi`` if none is)."""
    if hi < 0:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a: list[int], x: int, lo: int = 0, hi: int = -1) -> int:
    """The first index in ``a[lo:hi]`` whose item is greater than ``x`` (``hi`` if none is)."""
    if hi < 0:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

"""Every module binds each top-level name once.

A second ``_CIRCUMSTANCE_REACH = ...`` or ``def _opens_a_subject`` further down a module silently
replaces the first for every caller, including the ones written against the first; twice in
the sourcing rounds that changed behaviour far from the edit.  Conditional imports and
``try``/``except`` fallbacks are not top-level bindings and are not counted.
"""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

import credscore

_PACKAGE = Path(credscore.__file__).parent
_MODULES = sorted(_PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def test_there_are_modules_to_check():
    assert len(_MODULES) > 20


@pytest.mark.parametrize("path", _MODULES, ids=lambda p: str(p.relative_to(_PACKAGE)))
def test_no_top_level_name_is_bound_twice(path):
    counts = collections.Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []


def test_the_check_sees_a_second_binding():
    tree = ast.parse("X: int = 1\ndef f(): pass\nX = 2\ndef f(): pass\n")
    counts = collections.Counter(_top_level_names(tree))
    assert sorted(n for n, c in counts.items() if c > 1) == ["X", "f"]

"""Optional extras fail with a message naming the extra to install."""

from __future__ import annotations

import pytest

from credscore._optional import MissingExtraError, require


def test_missing_optional_module_names_the_extra() -> None:
    """A missing optional package raises an ImportError that says which extra to install."""
    with pytest.raises(MissingExtraError, match=r"pip install 'credscore\[html\]'"):
        require("credscore_no_such_module", "html", purpose="HTML extraction")


def test_present_optional_module_is_returned() -> None:
    """An installed module is simply imported."""
    assert require("json", "none", purpose="testing").dumps([]) == "[]"

"""The garbage collector is paused per document and always left as the caller had it."""

from __future__ import annotations

import gc

import pytest

from credscore._collector import collector_paused
from credscore.analysis import AnalyzedText
from credscore.signals.sourcing import attributions_of


@pytest.fixture
def restore_collector():
    yield
    gc.enable()


@pytest.mark.parametrize("enabled_before", [True, False])
def test_the_block_pauses_and_restores(enabled_before: bool, restore_collector) -> None:
    (gc.enable if enabled_before else gc.disable)()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves it to the outer one
    assert gc.isenabled() is enabled_before


def test_an_error_inside_still_restores(restore_collector) -> None:
    gc.enable()
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError("boom")
    assert gc.isenabled()


@pytest.mark.parametrize("enabled_before", [True, False])
def test_the_attribution_pass_restores_the_callers_state(enabled_before: bool, restore_collector) -> None:
    (gc.enable if enabled_before else gc.disable)()
    found = attributions_of(AnalyzedText("The minister said the bridge would open in May."))
    assert gc.isenabled() is enabled_before and len(found) == 1

"""A test-only signal family whose worker process exits on a marker text.

It lives in its own importable module so that worker processes started from a forkserver (when
the test process runs threads) can import it, as they would a user's own signal module.
"""

from __future__ import annotations

import os

from credscore import registry
from credscore.registry import SignalResult

NAME = "crash_test"
CRASH_MARKER = "CRASH-THIS-WORKER"


def crash_on_marker(doc) -> SignalResult:
    if CRASH_MARKER in doc.text:
        os._exit(3)  # a worker dying as if killed for memory
    return SignalResult(values={"crash_test_value": 1.0})


def register_family() -> str:
    if f"{NAME}.v1" not in registry._REGISTRY:
        registry.register(
            NAME, version=1, provides=("crash_test_value",), description="test only", default=False
        )(crash_on_marker)
    return NAME


register_family()

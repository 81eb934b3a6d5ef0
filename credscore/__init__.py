"""credscore: explainable credibility and bias signals for news articles.

>>> import credscore
>>> profile = credscore.score(open("seeds/000_9ab3dca694370168.txt").read(), outlet="Central Asia Online")
>>> profile.to_dict()["signals"]  # doctest: +SKIP
"""

from __future__ import annotations

import logging

# first: it decides whether the compiled modules or their sources are imported
from credscore import _speedups  # noqa: F401  isort: skip
from credscore._version import __version__
from credscore.analysis import AnalyzedText, Quotation
from credscore.article import Article
from credscore.compare import Comparison, compare
from credscore.frame import profiles_to_frame
from credscore.pipeline import ErrorRecord, analyze, score, score_article, score_many
from credscore.profile import SCHEMA_VERSION, Contribution, Dimension, Profile
from credscore.registry import SignalResult, UnknownSignalError, register
from credscore.spans import Evidence, Span

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "__version__",
    "Article",
    "AnalyzedText",
    "Comparison",
    "Contribution",
    "Dimension",
    "ErrorRecord",
    "Evidence",
    "Profile",
    "Quotation",
    "SCHEMA_VERSION",
    "SignalResult",
    "Span",
    "UnknownSignalError",
    "analyze",
    "compare",
    "profiles_to_frame",
    "fit_weights",
    "read_articles",
    "register",
    "score",
    "score_article",
    "score_html",
    "score_many",
    "signals",
]


def signals():
    """Every registered signal family (name, version, values, description)."""
    from credscore import registry

    return registry.available()


def score_html(html, *, url=None, outlet=None, title=None, id=None, **options):
    """Score an HTML page; see :func:`credscore.html.score_html`."""
    from credscore.html import score_html as _score_html

    return _score_html(html, url=url, outlet=outlet, title=title, id=id, **options)


def fit_weights(profiles, labels, groups=None, **options):
    """Fit your own weights from profiles and labels; see :func:`credscore.calibration.fit_weights`."""
    from credscore.calibration import fit_weights as _fit

    return _fit(profiles, labels, groups, **options)


def read_articles(*paths, **options):
    """Read articles (and error records for unreadable ones) from files; see :mod:`credscore.io`."""
    from credscore.io import read_articles as _read

    return _read(*paths, **options)

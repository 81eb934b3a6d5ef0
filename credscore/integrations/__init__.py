"""Adapters to other libraries; each module imports its library only when it is used.

- :mod:`credscore.integrations.sklearn`: ``CredibilityFeaturizer``, texts to the signal matrix.
- :mod:`credscore.integrations.dask`: ``score_bag``, ``score_dataframe``, ``compare_bag``,
  ``compare_dataframe``: scoring and comparing on a Dask cluster (``credscore[dask]``).
"""

"""Adapters to other libraries; each module imports its library only when it is used.

- :mod:`credscore.integrations.sklearn`: ``CredibilityFeaturizer``, texts to the signal matrix.
"""

"""Only the optional C extension lives here; everything else is in pyproject.toml."""

from setuptools import Extension, setup

# optional=True: without a compiler the install still succeeds and the pure-Python twins run
setup(ext_modules=[Extension("credscore._scan", ["credscore/_scan.c"], optional=True)])

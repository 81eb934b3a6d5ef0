"""Versioned weight files (JSON), each with its provenance inside."""

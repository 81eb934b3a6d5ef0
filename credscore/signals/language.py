"""Signal family 'language' (in progress)."""

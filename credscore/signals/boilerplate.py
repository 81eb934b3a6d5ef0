"""Signal family 'boilerplate' (in progress)."""

"""Signal family 'sourcing' (in progress)."""

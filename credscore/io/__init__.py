"""Reading articles from files and writing profiles."""

from credscore.io.readers import decode_bytes, read_articles
from credscore.io.writers import write_records

__all__ = ["decode_bytes", "read_articles", "write_records"]

"""The types of ``with_raw_response``: Protocols derived from the resources by scripts/unasync.py."""

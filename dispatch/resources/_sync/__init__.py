"""The sync resources, derived from ``_async/`` by scripts/unasync.py (do not edit them)."""

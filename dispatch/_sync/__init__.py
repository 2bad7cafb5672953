"""Derived from ``dispatch/_async`` by scripts/unasync.py (do not edit)."""

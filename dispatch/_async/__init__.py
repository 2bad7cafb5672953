"""Hand-written async source of the sync twins in ``dispatch/_sync`` (scripts/unasync.py)."""

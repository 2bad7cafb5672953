"""The hand-written async resources: the single source of the sync twins in ``_sync/``."""

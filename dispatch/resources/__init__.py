"""The resources of the clients (``client.tickets``, ``portal.tickets``, ...): one module each, sync and async twins."""

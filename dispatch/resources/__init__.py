"""The resources of the clients (``client.tickets``, ``portal.tickets``, ...).

One module each, holding the sync class and its async twin.
"""

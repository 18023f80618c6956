"""The clients openapi-python-client generates from specs/, one package per API (``affiliate_clients.generated.<api>_client``).

Written by ``make generate``; never edited by hand.
"""

"""``python -m affiliate_clients.demo``: pulls from the embedded sandboxes, offline, and prints what happened."""

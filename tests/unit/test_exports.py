"""The package's public names are exactly ``__all__``, and each resolves."""

from __future__ import annotations

import affiliate_clients


def test_all_names_resolve_and_nothing_public_is_missing() -> None:
    exported = set(affiliate_clients.__all__)
    assert all(hasattr(affiliate_clients, name) for name in exported)
    public = {n for n in vars(affiliate_clients) if not n.startswith("_") and n[0].isupper()}
    assert public == exported, f"public but not in __all__: {public - exported}; in __all__ only: {exported - public}"

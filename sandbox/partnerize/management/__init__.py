"""Routes of operations #1-#44: partner, websites, databases, campaigns, invitations, creatives, feeds, terms,
vouchers, commissions, commission groups, transaction queries, self-bills, payment details, balances and
tracking links.

Behaviour follows the vendor's documentation: creates and updates change the store; ids the partner cannot see
give 404; bodies that break the documented rules give 400; every error uses the envelope of the path's API
generation (v1 or v2). Request validation against the spec normally runs first (see ``sandbox.common``), but
the handlers check what they rely on themselves, so they also behave with validation switched off.

The operations live in one module per concern, each exposing ``routes(store)``; :func:`routes` joins them in
operation order.
"""

from __future__ import annotations

from starlette.routing import BaseRoute

from ..store import PartnerizeStore
from . import account, campaigns, commissions, payments, transactions


def routes(store: PartnerizeStore) -> list[BaseRoute]:
    return [*account.routes(store), *campaigns.routes(store), *commissions.routes(store),
            *transactions.routes(store), *payments.routes(store)]

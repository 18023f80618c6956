"""One action by its id, and the items (SKUs) of an action: Get Action, List Action Items, Get Action Item.

Items are made on request from the action as it stands, deterministically from its id: one to three lines whose
sale amounts and payouts add up, to the cent, to the action's ``Amount`` and ``Payout`` (so a re-priced or
reversed action's items follow it; ``AdjustmentDate``/``AdjustmentReason`` say when and why they last changed).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .pages import ErrorReply
from .updates import iso, money

CATALOGUE = (("Trail running shoe", "Footwear"), ("Merino base layer", "Apparel"), ("Water bottle", "Accessories"),
             ("Head torch", "Equipment"), ("Rain jacket", "Apparel"), ("Hiking sock pack", "Footwear"))


class Record(Protocol):
    payload: dict[str, str]
    adjusted: Any
    reason: str


def _split(total: Decimal, weights: list[int]) -> list[Decimal]:
    """``total`` in shares proportional to ``weights``, to the cent, adding up exactly."""
    cents = int((total * 100).to_integral_value())
    shares = [cents * w // sum(weights) for w in weights]
    shares[-1] += cents - sum(shares)
    return [Decimal(s) / 100 for s in shares]


def items(record: Record, account_sid: str) -> list[dict[str, str]]:
    """The items of the action, in the order they were recorded."""
    action = record.payload
    rng = random.Random(f"items-{action['Id']}")
    count = rng.choice((1, 1, 2, 3))
    skus = rng.sample(range(10_000, 100_000), count)
    weights = [rng.randrange(1, 10) for _ in range(count)]
    amounts = _split(Decimal(action["Amount"]), weights)
    payouts = _split(Decimal(action["Payout"]), weights)
    adjusted = iso(record.adjusted) if record.adjusted is not None else ""
    found = []
    for sku, amount, payout in zip(skus, amounts, payouts, strict=True):
        name, category = rng.choice(CATALOGUE)
        found.append({
            "Sku": f"SKU-{sku}", "ItemName": name, "Category": category, "Quantity": str(rng.randrange(1, 4)),
            "SaleAmount": money(amount), "SaleAmountCurrency": action["Currency"], "Payout": money(payout),
            "PayoutCurrency": action["Currency"], "Rebate": "0.00", "RebateCurrency": action["Currency"],
            "AdjustmentDate": adjusted, "AdjustmentReason": record.reason if adjusted else "",
            "Uri": f"/Mediapartners/{account_sid}/Actions/{action['Id']}/Items/SKU-{sku}",
        })
    return found


def routes(find: Callable[[str], Record | None], error: ErrorReply, account_sid: str) -> list[Route]:
    """Get Action, List Action Items and Get Action Item over the actions ``find`` looks up by id."""

    def action_of(request: Request, name: str) -> Record | Response:
        if request.path_params["AccountSID"] != account_sid:
            return error(request, 403, "Access Denied: this account is not yours")
        record = find(request.path_params[name])
        return record if record is not None else error(request, 404, "No action with this id")

    async def get_action(request: Request) -> Response:
        found = action_of(request, "id")
        return found if isinstance(found, Response) else JSONResponse(found.payload)

    async def list_action_items(request: Request) -> Response:
        found = action_of(request, "id")
        return found if isinstance(found, Response) else JSONResponse({"ActionItems": items(found, account_sid)})

    async def get_action_item(request: Request) -> Response:
        found = action_of(request, "actionId")
        if isinstance(found, Response):
            return found
        for item in items(found, account_sid):
            if item["Sku"] == request.path_params["sku"]:
                return JSONResponse(item)
        return error(request, 404, "No item with this SKU in the action")

    base = "/Mediapartners/{AccountSID}/Actions"
    return [Route(base + "/{id}", get_action, methods=["GET"]),
            Route(base + "/{id}/Items", list_action_items, methods=["GET"]),
            Route(base + "/{actionId}/Items/{sku}", get_action_item, methods=["GET"])]

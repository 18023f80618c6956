"""The brands operations as typed methods (``Brands``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.my_brand_list import MyBrandList
from ...models.v3_error import V3Error
from ...types import UNSET, Unset
from . import list_my_brands as _list_my_brands

if TYPE_CHECKING:
    from .. import Sender


class Brands:
    """The brands operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list_my(
        self,
        *,
        brand_ids: builtins.list[str] | Unset = UNSET,
        partner: str | Unset = UNSET,
    ) -> MyBrandList:
        """List my brands

        ``GET /v3/partner/my-brands`` (``list_my_brands``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "brand_ids": brand_ids,
            "partner": partner,
        }

        return cast("MyBrandList", self._sender.send(_list_my_brands, arguments))

    async def alist_my(
        self,
        *,
        brand_ids: builtins.list[str] | Unset = UNSET,
        partner: str | Unset = UNSET,
    ) -> MyBrandList:
        """Awaitable twin of :meth:`list_my`."""
        arguments: dict[str, Any] = {
            "brand_ids": brand_ids,
            "partner": partner,
        }

        return cast("MyBrandList", await self._sender.asend(_list_my_brands, arguments))

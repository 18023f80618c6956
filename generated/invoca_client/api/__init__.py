"""Contains methods for accessing the API: every operation as a typed method, grouped by tag.

``Api`` is the mixin a client class inherits to expose ``client.<tag>.<operation>(...)`` (and the awaitable
``client.<tag>.a<operation>(...)``); the client supplies :class:`Sender`. A tag's module is imported on first use.
"""

from __future__ import annotations

from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .relationships import Relationships


class Sender(Protocol):
    """What the typed methods send through: the generated endpoint module and its keyword arguments in, the
    parsed success answer out (error answers raise)."""

    def send(self, endpoint: ModuleType, arguments: dict[str, Any]) -> Any: ...

    async def asend(self, endpoint: ModuleType, arguments: dict[str, Any]) -> Any: ...


class Api(Sender):
    """Every operation of the API as typed methods, one attribute per tag."""

    @cached_property
    def relationships_api(self) -> Relationships:
        """The relationships operations: list_relationships, get_relationship, update_relationship, create_relationship,
        delete_relationship."""
        from .relationships import Relationships

        return Relationships(self)

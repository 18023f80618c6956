"""Spaaza's conditional rules for ``alter-campaign-group``, checked before any request.

A create needs ``chain_id`` and ``name`` and no ``id``; an update needs ``chain_id`` and ``id``. ``chain_id`` and
``id`` are positive integers, ``name`` has 1 to 255 characters, and the active dates are written
``YYYY-MM-DD HH:MM:SS`` (never ISO 8601), exist on the calendar and are in order. Broken rules raise
:class:`~affiliate_clients.http.errors.InvalidRequest` naming the parameter and the rule.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from affiliate_clients.generated.spaaza_client.models import (
    CampaignGroupCreate,
    CampaignGroupCreateForm,
    CampaignGroupUpdate,
    CampaignGroupUpdateForm,
)
from affiliate_clients.generated.spaaza_client.types import Unset

from ..http.errors import InvalidRequest

DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
NAME_MAX = 255
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
SpaazaDate = dt.datetime | str


def spaaza_datetime(parameter: str, value: object) -> str:
    """``value`` written as Spaaza wants it: a naive ``datetime`` is formatted ``YYYY-MM-DD HH:MM:SS``; a string
    already in that form is returned unchanged (exact round trip)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise InvalidRequest(parameter, "must be a naive local datetime: Spaaza dates carry no UTC offset")
        return value.strftime(DATE_FORMAT)
    if not isinstance(value, str):
        raise InvalidRequest(parameter, "must be a datetime or a 'YYYY-MM-DD HH:MM:SS' string")
    if not _DATE_SHAPE.fullmatch(value):
        raise InvalidRequest(parameter, f"must be written 'YYYY-MM-DD HH:MM:SS' (not ISO 8601), got {value!r}")
    try:
        dt.datetime.strptime(value, DATE_FORMAT)
    except ValueError:
        raise InvalidRequest(parameter, f"{value!r} is not a real date and time") from None
    return value


def positive_id(parameter: str, value: object) -> int:
    """``value`` as a positive integer id (``bool`` is refused)."""
    if value is None:
        raise InvalidRequest(parameter, "is required")
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidRequest(parameter, f"must be a positive integer, got {value!r}")
    return value


def checked_name(value: object, *, required: bool) -> str | None:
    """``name`` checked: required for a create, 1 to 255 characters whenever it is sent."""
    if value is None:
        if required:
            raise InvalidRequest("name", "is required when creating a campaign group")
        return None
    if not isinstance(value, str) or not value:
        raise InvalidRequest("name", "must be a non-empty string")
    if len(value) > NAME_MAX:
        raise InvalidRequest("name", f"must be at most {NAME_MAX} characters, got {len(value)}")
    return value


def campaign_group_fields(*, create: bool, chain_id: object, id: object = None, name: object = None,
                          active_date_from: object = None, active_date_until: object = None) -> dict[str, Any]:
    """The checked fields of a create (``create=True``) or an update, ready for the generated body models.

    Fields given as ``None`` are left out (an update keeps their stored values).
    """
    fields: dict[str, Any] = {"chain_id": positive_id("chain_id", chain_id)}
    if create:
        if id is not None:
            raise InvalidRequest("id", "must be left out when creating a campaign group (Spaaza assigns it)")
    else:
        fields["id"] = positive_id("id", id)
    checked = checked_name(name, required=create)
    if checked is not None:
        fields["name"] = checked
    for key, value in (("active_date_from", active_date_from), ("active_date_until", active_date_until)):
        if value is not None:
            fields[key] = spaaza_datetime(key, value)
    start, end = fields.get("active_date_from"), fields.get("active_date_until")
    if start is not None and end is not None and start > end:  # the fixed-width format sorts as text
        raise InvalidRequest("active_date_from", f"must not be after active_date_until ({start} > {end})")
    return fields


def _body_fields(body: object, models: tuple[type, ...]) -> dict[str, Any]:
    if not isinstance(body, models):
        raise InvalidRequest("body", f"must be one of {', '.join(m.__name__ for m in models)}")
    return {key: getattr(body, key, None) for key in
            ("chain_id", "id", "name", "active_date_from", "active_date_until")}


def _unset_to_none(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: None if isinstance(value, Unset) else value for key, value in fields.items()}


def check_create_call(body: object = None, **_: object) -> None:
    """Caller check for ``create_campaign_group``: the body obeys every create rule."""
    fields = _unset_to_none(_body_fields(body, (CampaignGroupCreate, CampaignGroupCreateForm)))
    campaign_group_fields(create=True, **fields)


def check_update_call(body: object = None, **_: object) -> None:
    """Caller check for ``update_campaign_group``: the body obeys every update rule."""
    fields = _unset_to_none(_body_fields(body, (CampaignGroupUpdate, CampaignGroupUpdateForm)))
    campaign_group_fields(create=False, **fields)


CHECKS = {"create_campaign_group": check_create_call, "update_campaign_group": check_update_call}

__all__ = ["CHECKS", "DATE_FORMAT", "NAME_MAX", "SpaazaDate", "campaign_group_fields", "check_create_call",
           "check_update_call", "spaaza_datetime"]

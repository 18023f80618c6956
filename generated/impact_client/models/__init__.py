"""Contains all the data models used in inputs/outputs.

A model's module is imported on first use (PEP 562): importing one model, or an endpoint module, does not load
every model of the API. Type checkers read the imports under ``TYPE_CHECKING``, which name the same classes.
"""

from __future__ import annotations

import importlib
import typing

if typing.TYPE_CHECKING:
    from .action import Action
    from .action_item import ActionItem
    from .action_item_list import ActionItemList
    from .action_list import ActionList
    from .action_state import ActionState
    from .action_update import ActionUpdate
    from .action_update_list import ActionUpdateList
    from .create_partner_group_form import CreatePartnerGroupForm
    from .deleted_status import DeletedStatus
    from .deleted_status_status import DeletedStatusStatus
    from .group_member import GroupMember
    from .impact_error import ImpactError
    from .impact_field_error import ImpactFieldError
    from .paging_fields import PagingFields
    from .partner_group import PartnerGroup
    from .partner_group_list import PartnerGroupList
    from .referring_type import ReferringType
    from .status_uri import StatusUri
    from .update_partner_group_form import UpdatePartnerGroupForm

# Model name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Action": ".action",
    "ActionItem": ".action_item",
    "ActionItemList": ".action_item_list",
    "ActionList": ".action_list",
    "ActionState": ".action_state",
    "ActionUpdate": ".action_update",
    "ActionUpdateList": ".action_update_list",
    "CreatePartnerGroupForm": ".create_partner_group_form",
    "DeletedStatus": ".deleted_status",
    "DeletedStatusStatus": ".deleted_status_status",
    "GroupMember": ".group_member",
    "ImpactError": ".impact_error",
    "ImpactFieldError": ".impact_field_error",
    "PagingFields": ".paging_fields",
    "PartnerGroup": ".partner_group",
    "PartnerGroupList": ".partner_group_list",
    "ReferringType": ".referring_type",
    "StatusUri": ".status_uri",
    "UpdatePartnerGroupForm": ".update_partner_group_form",
}

__all__ = (
    "Action",
    "ActionItem",
    "ActionItemList",
    "ActionList",
    "ActionState",
    "ActionUpdate",
    "ActionUpdateList",
    "CreatePartnerGroupForm",
    "DeletedStatus",
    "DeletedStatusStatus",
    "GroupMember",
    "ImpactError",
    "ImpactFieldError",
    "PagingFields",
    "PartnerGroup",
    "PartnerGroupList",
    "ReferringType",
    "StatusUri",
    "UpdatePartnerGroupForm",
)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

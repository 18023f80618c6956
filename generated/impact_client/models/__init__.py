"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_list import ActionList
from .action_state import ActionState
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

__all__ = (
    "Action",
    "ActionList",
    "ActionState",
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

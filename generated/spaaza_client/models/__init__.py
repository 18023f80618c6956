"""Contains all the data models used in inputs/outputs"""

from .campaign_group import CampaignGroup
from .campaign_group_create import CampaignGroupCreate
from .campaign_group_create_form import CampaignGroupCreateForm
from .campaign_group_data_envelope import CampaignGroupDataEnvelope
from .campaign_group_results_envelope import CampaignGroupResultsEnvelope
from .campaign_group_update import CampaignGroupUpdate
from .campaign_group_update_form import CampaignGroupUpdateForm
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .result_error import ResultError
from .result_ok import ResultOk
from .warning import Warning_

__all__ = (
    "CampaignGroup",
    "CampaignGroupCreate",
    "CampaignGroupCreateForm",
    "CampaignGroupDataEnvelope",
    "CampaignGroupResultsEnvelope",
    "CampaignGroupUpdate",
    "CampaignGroupUpdateForm",
    "ErrorDetail",
    "ErrorResponse",
    "ResultError",
    "ResultOk",
    "Warning_",
)

"""Contains all the data models used in inputs/outputs.

A model's module is imported on first use (PEP 562): importing one model, or an endpoint module, does not load
every model of the API. Type checkers read the imports under ``TYPE_CHECKING``, which name the same classes.
"""

from __future__ import annotations

import importlib
import typing

if typing.TYPE_CHECKING:
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

# Model name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "CampaignGroup": ".campaign_group",
    "CampaignGroupCreate": ".campaign_group_create",
    "CampaignGroupCreateForm": ".campaign_group_create_form",
    "CampaignGroupDataEnvelope": ".campaign_group_data_envelope",
    "CampaignGroupResultsEnvelope": ".campaign_group_results_envelope",
    "CampaignGroupUpdate": ".campaign_group_update",
    "CampaignGroupUpdateForm": ".campaign_group_update_form",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "ResultError": ".result_error",
    "ResultOk": ".result_ok",
    "Warning_": ".warning",
}

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


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_state import ActionState
from ...models.action_update_list import ActionUpdateList
from ...models.impact_error import ImpactError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    *,
    campaign_id: int | Unset = UNSET,
    state: ActionState | Unset = UNSET,
    action_date_start: datetime.datetime | Unset = UNSET,
    action_date_end: datetime.datetime | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    locking_date_start: datetime.datetime | Unset = UNSET,
    locking_date_end: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["CampaignId"] = campaign_id

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["State"] = json_state

    json_action_date_start: str | Unset = UNSET
    if not isinstance(action_date_start, Unset):
        json_action_date_start = action_date_start.isoformat()
    params["ActionDateStart"] = json_action_date_start

    json_action_date_end: str | Unset = UNSET
    if not isinstance(action_date_end, Unset):
        json_action_date_end = action_date_end.isoformat()
    params["ActionDateEnd"] = json_action_date_end

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["StartDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["EndDate"] = json_end_date

    json_locking_date_start: str | Unset = UNSET
    if not isinstance(locking_date_start, Unset):
        json_locking_date_start = locking_date_start.isoformat()
    params["LockingDateStart"] = json_locking_date_start

    json_locking_date_end: str | Unset = UNSET
    if not isinstance(locking_date_end, Unset):
        json_locking_date_end = locking_date_end.isoformat()
    params["LockingDateEnd"] = json_locking_date_end

    params["Page"] = page

    params["PageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Mediapartners/{account_sid}/ActionUpdates".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionUpdateList | ImpactError | None:
    if response.status_code == 200:
        response_200 = ActionUpdateList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ImpactError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ImpactError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ImpactError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ImpactError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ImpactError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ImpactError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ImpactError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActionUpdateList | ImpactError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int | Unset = UNSET,
    state: ActionState | Unset = UNSET,
    action_date_start: datetime.datetime | Unset = UNSET,
    action_date_end: datetime.datetime | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    locking_date_start: datetime.datetime | Unset = UNSET,
    locking_date_end: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20000,
) -> Response[ActionUpdateList | ImpactError]:
    """List the changes made to the partner's actions

     Pages through the change log of the partner's actions: one entry per change of an action's state or
    payout, each with the state the action had after the change and what its payout and sale amount
    changed by since the entry before. The rules are those of the action list:

    * `StartDate` and `EndDate` bound the time of the change (the entry's `UpdateDate`); they go
      together, may be at most 45 days apart, and `StartDate` may not lie more than three years back.
    * `ActionDateStart`/`ActionDateEnd` (the parent action's event time) and
      `LockingDateStart`/`LockingDateEnd` (its locking date) go in pairs too, at most 45 days apart.
    * With no date filter at all, only the changes of the last seven days are returned.
    * `PageSize` may not be below 2,000; a result larger than ten pages is refused with a 400 asking
      for a narrower range or a larger page.

    Follow `@nextpageuri` as given to read the next page; it already carries every filter.

    Args:
        account_sid (str):
        campaign_id (int | Unset):
        state (ActionState | Unset): Where an action stands: PENDING until its locking date passes
            or someone approves it (an edited
            action returns to PENDING); APPROVED once locked or approved by hand, after which it pays
            out and
            cannot change; REVERSED when it will not pay out.
        action_date_start (datetime.datetime | Unset):
        action_date_end (datetime.datetime | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        locking_date_start (datetime.datetime | Unset):
        locking_date_end (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionUpdateList | ImpactError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        campaign_id=campaign_id,
        state=state,
        action_date_start=action_date_start,
        action_date_end=action_date_end,
        start_date=start_date,
        end_date=end_date,
        locking_date_start=locking_date_start,
        locking_date_end=locking_date_end,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int | Unset = UNSET,
    state: ActionState | Unset = UNSET,
    action_date_start: datetime.datetime | Unset = UNSET,
    action_date_end: datetime.datetime | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    locking_date_start: datetime.datetime | Unset = UNSET,
    locking_date_end: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20000,
) -> ActionUpdateList | ImpactError | None:
    """List the changes made to the partner's actions

     Pages through the change log of the partner's actions: one entry per change of an action's state or
    payout, each with the state the action had after the change and what its payout and sale amount
    changed by since the entry before. The rules are those of the action list:

    * `StartDate` and `EndDate` bound the time of the change (the entry's `UpdateDate`); they go
      together, may be at most 45 days apart, and `StartDate` may not lie more than three years back.
    * `ActionDateStart`/`ActionDateEnd` (the parent action's event time) and
      `LockingDateStart`/`LockingDateEnd` (its locking date) go in pairs too, at most 45 days apart.
    * With no date filter at all, only the changes of the last seven days are returned.
    * `PageSize` may not be below 2,000; a result larger than ten pages is refused with a 400 asking
      for a narrower range or a larger page.

    Follow `@nextpageuri` as given to read the next page; it already carries every filter.

    Args:
        account_sid (str):
        campaign_id (int | Unset):
        state (ActionState | Unset): Where an action stands: PENDING until its locking date passes
            or someone approves it (an edited
            action returns to PENDING); APPROVED once locked or approved by hand, after which it pays
            out and
            cannot change; REVERSED when it will not pay out.
        action_date_start (datetime.datetime | Unset):
        action_date_end (datetime.datetime | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        locking_date_start (datetime.datetime | Unset):
        locking_date_end (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionUpdateList | ImpactError
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        campaign_id=campaign_id,
        state=state,
        action_date_start=action_date_start,
        action_date_end=action_date_end,
        start_date=start_date,
        end_date=end_date,
        locking_date_start=locking_date_start,
        locking_date_end=locking_date_end,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int | Unset = UNSET,
    state: ActionState | Unset = UNSET,
    action_date_start: datetime.datetime | Unset = UNSET,
    action_date_end: datetime.datetime | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    locking_date_start: datetime.datetime | Unset = UNSET,
    locking_date_end: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20000,
) -> Response[ActionUpdateList | ImpactError]:
    """List the changes made to the partner's actions

     Pages through the change log of the partner's actions: one entry per change of an action's state or
    payout, each with the state the action had after the change and what its payout and sale amount
    changed by since the entry before. The rules are those of the action list:

    * `StartDate` and `EndDate` bound the time of the change (the entry's `UpdateDate`); they go
      together, may be at most 45 days apart, and `StartDate` may not lie more than three years back.
    * `ActionDateStart`/`ActionDateEnd` (the parent action's event time) and
      `LockingDateStart`/`LockingDateEnd` (its locking date) go in pairs too, at most 45 days apart.
    * With no date filter at all, only the changes of the last seven days are returned.
    * `PageSize` may not be below 2,000; a result larger than ten pages is refused with a 400 asking
      for a narrower range or a larger page.

    Follow `@nextpageuri` as given to read the next page; it already carries every filter.

    Args:
        account_sid (str):
        campaign_id (int | Unset):
        state (ActionState | Unset): Where an action stands: PENDING until its locking date passes
            or someone approves it (an edited
            action returns to PENDING); APPROVED once locked or approved by hand, after which it pays
            out and
            cannot change; REVERSED when it will not pay out.
        action_date_start (datetime.datetime | Unset):
        action_date_end (datetime.datetime | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        locking_date_start (datetime.datetime | Unset):
        locking_date_end (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionUpdateList | ImpactError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        campaign_id=campaign_id,
        state=state,
        action_date_start=action_date_start,
        action_date_end=action_date_end,
        start_date=start_date,
        end_date=end_date,
        locking_date_start=locking_date_start,
        locking_date_end=locking_date_end,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    campaign_id: int | Unset = UNSET,
    state: ActionState | Unset = UNSET,
    action_date_start: datetime.datetime | Unset = UNSET,
    action_date_end: datetime.datetime | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    locking_date_start: datetime.datetime | Unset = UNSET,
    locking_date_end: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20000,
) -> ActionUpdateList | ImpactError | None:
    """List the changes made to the partner's actions

     Pages through the change log of the partner's actions: one entry per change of an action's state or
    payout, each with the state the action had after the change and what its payout and sale amount
    changed by since the entry before. The rules are those of the action list:

    * `StartDate` and `EndDate` bound the time of the change (the entry's `UpdateDate`); they go
      together, may be at most 45 days apart, and `StartDate` may not lie more than three years back.
    * `ActionDateStart`/`ActionDateEnd` (the parent action's event time) and
      `LockingDateStart`/`LockingDateEnd` (its locking date) go in pairs too, at most 45 days apart.
    * With no date filter at all, only the changes of the last seven days are returned.
    * `PageSize` may not be below 2,000; a result larger than ten pages is refused with a 400 asking
      for a narrower range or a larger page.

    Follow `@nextpageuri` as given to read the next page; it already carries every filter.

    Args:
        account_sid (str):
        campaign_id (int | Unset):
        state (ActionState | Unset): Where an action stands: PENDING until its locking date passes
            or someone approves it (an edited
            action returns to PENDING); APPROVED once locked or approved by hand, after which it pays
            out and
            cannot change; REVERSED when it will not pay out.
        action_date_start (datetime.datetime | Unset):
        action_date_end (datetime.datetime | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        locking_date_start (datetime.datetime | Unset):
        locking_date_end (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionUpdateList | ImpactError
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            campaign_id=campaign_id,
            state=state,
            action_date_start=action_date_start,
            action_date_end=action_date_end,
            start_date=start_date,
            end_date=end_date,
            locking_date_start=locking_date_start,
            locking_date_end=locking_date_end,
            page=page,
            page_size=page_size,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: ActionUpdateList}

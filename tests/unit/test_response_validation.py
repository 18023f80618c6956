"""A response that breaks the spec raises ResponseValidationError naming the operation and the JSON path."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from affiliate_clients import ImpactClient, ResponseValidationError, RetryPolicy, Transport, UnexpectedStatus
from affiliate_clients.generated.impact_client.api.actions import list_actions
from affiliate_clients.generated.impact_client.api.partner_groups import get_partner_group
from affiliate_clients.generated.impact_client.models import ActionState

ACTION = {"Id": "1.2.3", "State": "PENDING", "CampaignId": "1000", "ClearedDate": ""}


def _client(body: Any, status: int = 200) -> ImpactClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body) if not isinstance(body, bytes) else httpx.Response(status, content=body)

    mock = httpx.MockTransport(handler)
    # No backoff: a 200 that is not JSON is retried (like a dropped answer) before it is reported.
    return ImpactClient("IRsid", "token", rate=None, transport=Transport(sync=mock, async_=mock),
                        retry=RetryPolicy(wait_initial=0.0, wait_jitter=0.0, wait_max=0.0))


@pytest.mark.parametrize(("body", "path"), [
    ({"Actions": [ACTION, {**ACTION, "EventDate": "2017-02-31T00:00:00Z"}]}, "$.Actions[1].EventDate"),
    ({"Actions": [{**ACTION, "EventDate": "yesterday"}]}, "$.Actions[0].EventDate"),
    # numeric ids are kept as they came (the stock parser keeps them): the error names the date that broke
    ({"Actions": [{**ACTION, "ActionTrackerId": 2240, "EventDate": "2017-02-31T00:00:00Z"}]},
     "$.Actions[0].EventDate"),
    ({"@page": "1"}, "$: Object missing required field `Actions`"),
    ({"Actions": "none"}, "$.Actions"),
])
def test_broken_list_body_names_the_path(body: Any, path: str) -> None:
    with _client(body) as impact, pytest.raises(ResponseValidationError) as caught:
        impact.call(list_actions)
    assert caught.value.operation == "list_actions"
    assert path in str(caught.value)


def test_async_twin_names_the_path() -> None:
    async def run() -> None:
        async with _client({"Actions": [{**ACTION, "CreationDate": "2024-13-01T00:00:00Z"}]}) as impact:
            await impact.acall(list_actions)

    with pytest.raises(ResponseValidationError, match=r"\$\.Actions\[0\]\.CreationDate"):
        asyncio.run(run())


def test_an_enum_value_the_spec_does_not_list_is_kept_as_the_raw_string() -> None:
    with _client({"Actions": [ACTION, {**ACTION, "State": "LOST"}]}) as impact:
        page = impact.call(list_actions)
    assert [a.state for a in page.actions] == [ActionState.PENDING, "LOST"]
    assert type(page.actions[1].state) is str


def test_body_that_is_not_json() -> None:
    with _client(b"<html>oops</html>") as impact, pytest.raises(ResponseValidationError, match="not valid JSON"):
        impact.call(get_partner_group, campaign_id=1, partner_group_id=2)


def test_undocumented_status_is_typed_and_carries_the_body() -> None:
    with _client({"surprise": True}, status=409) as impact, pytest.raises(UnexpectedStatus) as caught:
        impact.call(get_partner_group, campaign_id=1, partner_group_id=2)
    assert caught.value.status == 409 and "surprise" in caught.value.body

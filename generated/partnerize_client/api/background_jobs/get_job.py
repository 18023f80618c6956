from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_envelope import JobEnvelope
from ...models.v1_error import V1Error
from ...types import Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/job/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobEnvelope | V1Error | None:
    if response.status_code == 200:
        response_200 = JobEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = V1Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V1Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = V1Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = V1Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobEnvelope | V1Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobEnvelope | V1Error]:
    """Get a v1 job

     Reads the state of one v1 background job. While the job runs, `status` and `percentage_complete`
    show its progress; once `status` is `complete`, the output can be fetched from the path in
    `hypermedia.response` (for example `/job/{jobID}/response.csv`, see `get_job_response`). A `.json`
    suffix on the job path (`/job/{jobID}.json`, as in the `update` links of inline jobs) is accepted
    too.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobEnvelope | V1Error]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> JobEnvelope | V1Error | None:
    """Get a v1 job

     Reads the state of one v1 background job. While the job runs, `status` and `percentage_complete`
    show its progress; once `status` is `complete`, the output can be fetched from the path in
    `hypermedia.response` (for example `/job/{jobID}/response.csv`, see `get_job_response`). A `.json`
    suffix on the job path (`/job/{jobID}.json`, as in the `update` links of inline jobs) is accepted
    too.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobEnvelope | V1Error
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobEnvelope | V1Error]:
    """Get a v1 job

     Reads the state of one v1 background job. While the job runs, `status` and `percentage_complete`
    show its progress; once `status` is `complete`, the output can be fetched from the path in
    `hypermedia.response` (for example `/job/{jobID}/response.csv`, see `get_job_response`). A `.json`
    suffix on the job path (`/job/{jobID}.json`, as in the `update` links of inline jobs) is accepted
    too.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobEnvelope | V1Error]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> JobEnvelope | V1Error | None:
    """Get a v1 job

     Reads the state of one v1 background job. While the job runs, `status` and `percentage_complete`
    show its progress; once `status` is `complete`, the output can be fetched from the path in
    `hypermedia.response` (for example `/job/{jobID}/response.csv`, see `get_job_response`). A `.json`
    suffix on the job path (`/job/{jobID}.json`, as in the `update` links of inline jobs) is accepted
    too.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobEnvelope | V1Error
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: JobEnvelope}

from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_output_format import JobOutputFormat
from ...models.v1_error import V1Error
from ...types import File, Response


def _get_kwargs(
    job_id: str,
    format_: JobOutputFormat,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/job/{job_id}/response.{format_}".format(
            job_id=quote(str(job_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | V1Error | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = V1Error.from_dict(response.json())

        return response_400

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
) -> Response[File | V1Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    format_: JobOutputFormat,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | V1Error]:
    """Download a finished job's output

     Downloads the output of a completed v1 job: the CSV file of an export job, or the JSON result of a
    batch job. This is the path that a job's `hypermedia.response` (or top-level `response`) link points
    to; the vendor documents it only through that link, not as a reference entry. Before the job is
    complete, or after its output has left retention (`response_within_retention: false`), the answer is
    404.

    Args:
        job_id (str):
        format_ (JobOutputFormat): File format of a job's output.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | V1Error]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    format_: JobOutputFormat,
    *,
    client: AuthenticatedClient | Client,
) -> File | V1Error | None:
    """Download a finished job's output

     Downloads the output of a completed v1 job: the CSV file of an export job, or the JSON result of a
    batch job. This is the path that a job's `hypermedia.response` (or top-level `response`) link points
    to; the vendor documents it only through that link, not as a reference entry. Before the job is
    complete, or after its output has left retention (`response_within_retention: false`), the answer is
    404.

    Args:
        job_id (str):
        format_ (JobOutputFormat): File format of a job's output.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | V1Error
    """

    return sync_detailed(
        job_id=job_id,
        format_=format_,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    format_: JobOutputFormat,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | V1Error]:
    """Download a finished job's output

     Downloads the output of a completed v1 job: the CSV file of an export job, or the JSON result of a
    batch job. This is the path that a job's `hypermedia.response` (or top-level `response`) link points
    to; the vendor documents it only through that link, not as a reference entry. Before the job is
    complete, or after its output has left retention (`response_within_retention: false`), the answer is
    404.

    Args:
        job_id (str):
        format_ (JobOutputFormat): File format of a job's output.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | V1Error]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    format_: JobOutputFormat,
    *,
    client: AuthenticatedClient | Client,
) -> File | V1Error | None:
    """Download a finished job's output

     Downloads the output of a completed v1 job: the CSV file of an export job, or the JSON result of a
    batch job. This is the path that a job's `hypermedia.response` (or top-level `response`) link points
    to; the vendor documents it only through that link, not as a reference entry. Before the job is
    complete, or after its output has left retention (`response_within_retention: false`), the answer is
    404.

    Args:
        job_id (str):
        format_ (JobOutputFormat): File format of a job's output.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | V1Error
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            format_=format_,
            client=client,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {}

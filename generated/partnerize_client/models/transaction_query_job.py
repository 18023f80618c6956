from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionQueryJob")


@_attrs_define
class TransactionQueryJob:
    """A v1 background job; `update` is where to poll it and `response` where its output will be.

    Attributes:
        job_id (str):
        status (None | str | Unset): e.g. `pending`, `processing`, `complete`.
        percentage_complete (float | int | None | Unset):
        created_at (None | str | Unset):
        created_by (None | str | Unset):
        created_by_uri (None | str | Unset):
        completed_at (None | str | Unset):
        estimated_completion (None | str | Unset):
        reference (None | str | Unset):
        response (None | str | Unset): Path of the job's output.
        response_within_retention (bool | None | Unset):
        time_elapsed (float | int | None | Unset):
        update (None | str | Unset): Path to poll for the job's state.
    """

    job_id: str
    status: None | str | Unset = UNSET
    percentage_complete: float | int | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_uri: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    estimated_completion: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    response: None | str | Unset = UNSET
    response_within_retention: bool | None | Unset = UNSET
    time_elapsed: float | int | None | Unset = UNSET
    update: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any the spec does not name."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                (a.name, getattr(self, a.name)) for a in self.__attrs_attrs__
            )
            if name != "additional_properties" and not isinstance(value, Unset)
        ]
        shown += [
            f"{key!r}: {value!r}"
            for key, value in getattr(self, "additional_properties", {}).items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        percentage_complete: float | int | None | Unset
        if isinstance(self.percentage_complete, Unset):
            percentage_complete = UNSET
        else:
            percentage_complete = self.percentage_complete

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_by_uri: None | str | Unset
        if isinstance(self.created_by_uri, Unset):
            created_by_uri = UNSET
        else:
            created_by_uri = self.created_by_uri

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        estimated_completion: None | str | Unset
        if isinstance(self.estimated_completion, Unset):
            estimated_completion = UNSET
        else:
            estimated_completion = self.estimated_completion

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        response: None | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        else:
            response = self.response

        response_within_retention: bool | None | Unset
        if isinstance(self.response_within_retention, Unset):
            response_within_retention = UNSET
        else:
            response_within_retention = self.response_within_retention

        time_elapsed: float | int | None | Unset
        if isinstance(self.time_elapsed, Unset):
            time_elapsed = UNSET
        else:
            time_elapsed = self.time_elapsed

        update: None | str | Unset
        if isinstance(self.update, Unset):
            update = UNSET
        else:
            update = self.update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if percentage_complete is not UNSET:
            field_dict["percentage_complete"] = percentage_complete
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_uri is not UNSET:
            field_dict["created_by_uri"] = created_by_uri
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if estimated_completion is not UNSET:
            field_dict["estimated_completion"] = estimated_completion
        if reference is not UNSET:
            field_dict["reference"] = reference
        if response is not UNSET:
            field_dict["response"] = response
        if response_within_retention is not UNSET:
            field_dict["response_within_retention"] = response_within_retention
        if time_elapsed is not UNSET:
            field_dict["time_elapsed"] = time_elapsed
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = d.pop("job_id")

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_percentage_complete(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        percentage_complete = _parse_percentage_complete(
            d.pop("percentage_complete", UNSET)
        )

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_created_by_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_uri = _parse_created_by_uri(d.pop("created_by_uri", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_estimated_completion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        estimated_completion = _parse_estimated_completion(
            d.pop("estimated_completion", UNSET)
        )

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        def _parse_response_within_retention(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        response_within_retention = _parse_response_within_retention(
            d.pop("response_within_retention", UNSET)
        )

        def _parse_time_elapsed(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        time_elapsed = _parse_time_elapsed(d.pop("time_elapsed", UNSET))

        def _parse_update(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update = _parse_update(d.pop("update", UNSET))

        transaction_query_job = cls(
            job_id=job_id,
            status=status,
            percentage_complete=percentage_complete,
            created_at=created_at,
            created_by=created_by,
            created_by_uri=created_by_uri,
            completed_at=completed_at,
            estimated_completion=estimated_completion,
            reference=reference,
            response=response,
            response_within_retention=response_within_retention,
            time_elapsed=time_elapsed,
            update=update,
        )

        transaction_query_job.additional_properties = d
        return transaction_query_job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

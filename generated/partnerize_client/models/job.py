from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_hypermedia import JobHypermedia


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """State of a v1 background job. Two shapes exist: the job endpoint puts the output and polling links under
    `hypermedia`, while jobs returned inline by batch operations carry them as top-level `response` and `update` fields.
    Both are allowed.

        Attributes:
            job_id (str): Identifier of the job.
            status (str | Unset): Processing state. `complete` means the output is ready; other values seen are `pending`,
                `processing` and `failed`.
            percentage_complete (float | Unset): Progress from 0 to 100.
            created_at (None | str | Unset): When the job was created (`YYYY-MM-DD HH:MM:SS`).
            completed_at (None | str | Unset): When the job finished (`YYYY-MM-DD HH:MM:SS`), or null while it runs.
            created_by (None | str | Unset): User that created the job.
            created_by_uri (None | str | Unset): The request path that started the job, e.g.
                `reporting/export/export/conversion_item.csv`.
            reference (None | str | Unset): Caller-supplied reference (the export's `export_reference`).
            response_within_retention (bool | Unset): Whether the job's output is still kept and can be downloaded.
            estimated_completion (None | str | Unset): Estimated completion time, when known.
            time_elapsed (float | None | Unset): Seconds spent on the job so far.
            response (None | str | Unset): Path of the job output (inline job shape).
            update (None | str | Unset): Path to poll for the job's state (inline job shape).
            hypermedia (JobHypermedia | Unset): Links belonging to a job.
    """

    job_id: str
    status: str | Unset = UNSET
    percentage_complete: float | Unset = UNSET
    created_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_uri: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    response_within_retention: bool | Unset = UNSET
    estimated_completion: None | str | Unset = UNSET
    time_elapsed: float | None | Unset = UNSET
    response: None | str | Unset = UNSET
    update: None | str | Unset = UNSET
    hypermedia: JobHypermedia | Unset = UNSET
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

        status = self.status

        percentage_complete = self.percentage_complete

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

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

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        response_within_retention = self.response_within_retention

        estimated_completion: None | str | Unset
        if isinstance(self.estimated_completion, Unset):
            estimated_completion = UNSET
        else:
            estimated_completion = self.estimated_completion

        time_elapsed: float | None | Unset
        if isinstance(self.time_elapsed, Unset):
            time_elapsed = UNSET
        else:
            time_elapsed = self.time_elapsed

        response: None | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        else:
            response = self.response

        update: None | str | Unset
        if isinstance(self.update, Unset):
            update = UNSET
        else:
            update = self.update

        hypermedia: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hypermedia, Unset):
            hypermedia = self.hypermedia.to_dict()

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
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_uri is not UNSET:
            field_dict["created_by_uri"] = created_by_uri
        if reference is not UNSET:
            field_dict["reference"] = reference
        if response_within_retention is not UNSET:
            field_dict["response_within_retention"] = response_within_retention
        if estimated_completion is not UNSET:
            field_dict["estimated_completion"] = estimated_completion
        if time_elapsed is not UNSET:
            field_dict["time_elapsed"] = time_elapsed
        if response is not UNSET:
            field_dict["response"] = response
        if update is not UNSET:
            field_dict["update"] = update
        if hypermedia is not UNSET:
            field_dict["hypermedia"] = hypermedia

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_hypermedia import JobHypermedia

        d = dict(src_dict)
        job_id = d.pop("job_id")

        status = d.pop("status", UNSET)

        percentage_complete = d.pop("percentage_complete", UNSET)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

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

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        response_within_retention = d.pop("response_within_retention", UNSET)

        def _parse_estimated_completion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        estimated_completion = _parse_estimated_completion(
            d.pop("estimated_completion", UNSET)
        )

        def _parse_time_elapsed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        time_elapsed = _parse_time_elapsed(d.pop("time_elapsed", UNSET))

        def _parse_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        def _parse_update(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update = _parse_update(d.pop("update", UNSET))

        _hypermedia = d.pop("hypermedia", UNSET)
        hypermedia: JobHypermedia | Unset
        if isinstance(_hypermedia, Unset):
            hypermedia = UNSET
        else:
            hypermedia = JobHypermedia.from_dict(_hypermedia)

        job = cls(
            job_id=job_id,
            status=status,
            percentage_complete=percentage_complete,
            created_at=created_at,
            completed_at=completed_at,
            created_by=created_by,
            created_by_uri=created_by_uri,
            reference=reference,
            response_within_retention=response_within_retention,
            estimated_completion=estimated_completion,
            time_elapsed=time_elapsed,
            response=response,
            update=update,
            hypermedia=hypermedia,
        )

        job.additional_properties = d
        return job

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

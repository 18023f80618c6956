from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job import Job


T = TypeVar("T", bound="JobEnvelope")


@_attrs_define
class JobEnvelope:
    """A v1 answer that describes a background job. Returned by the job endpoint, by exports that are too large to answer
    at once, and by batch operations such as creating transaction queries.

        Example:
            {'execution_time': '1.16076 seconds', 'job': {'completed_at': '2016-04-07 04:21:52', 'created_at': '2016-04-07
                04:21:51', 'created_by': '300621', 'created_by_uri': '', 'estimated_completion': None, 'job_id': '111111l470',
                'percentage_complete': 100, 'reference': None, 'response': '/job/111111l1177306/response.json',
                'response_within_retention': True, 'status': 'complete', 'time_elapsed': 0, 'update':
                '/job/111111l1177306.json'}}

        Attributes:
            job (Job): State of a v1 background job. Two shapes exist: the job endpoint puts the output and polling links
                under `hypermedia`, while jobs returned inline by batch operations carry them as top-level `response` and
                `update` fields. Both are allowed.
            execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
                `seconds`. Example: 0.27682 seconds.
    """

    job: Job
    execution_time: str | Unset = UNSET
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
        job = self.job.to_dict()

        execution_time = self.execution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job": job,
            }
        )
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job import Job

        d = dict(src_dict)
        job = Job.from_dict(d.pop("job"))

        execution_time = d.pop("execution_time", UNSET)

        job_envelope = cls(
            job=job,
            execution_time=execution_time,
        )

        job_envelope.additional_properties = d
        return job_envelope

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

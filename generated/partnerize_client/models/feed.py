from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Feed")


@_attrs_define
class Feed:
    """A product feed file. `last_processed` and `updated` are Unix timestamps.

    Attributes:
        campaign_feeds_id (str):
        campaign_id (None | str | Unset):
        creative_id (None | str | Unset):
        filename (None | str | Unset):
        filesize (int | None | str | Unset): Size in bytes.
        filesize_compressed (int | None | str | Unset): Compressed size in bytes.
        last_processed (int | None | str | Unset):
        name (None | str | Unset):
        title (None | str | Unset):
        updated (int | None | str | Unset):
    """

    campaign_feeds_id: str
    campaign_id: None | str | Unset = UNSET
    creative_id: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    filesize: int | None | str | Unset = UNSET
    filesize_compressed: int | None | str | Unset = UNSET
    last_processed: int | None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    updated: int | None | str | Unset = UNSET
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
        campaign_feeds_id = self.campaign_feeds_id

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        creative_id: None | str | Unset
        if isinstance(self.creative_id, Unset):
            creative_id = UNSET
        else:
            creative_id = self.creative_id

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        filesize: int | None | str | Unset
        if isinstance(self.filesize, Unset):
            filesize = UNSET
        else:
            filesize = self.filesize

        filesize_compressed: int | None | str | Unset
        if isinstance(self.filesize_compressed, Unset):
            filesize_compressed = UNSET
        else:
            filesize_compressed = self.filesize_compressed

        last_processed: int | None | str | Unset
        if isinstance(self.last_processed, Unset):
            last_processed = UNSET
        else:
            last_processed = self.last_processed

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        updated: int | None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_feeds_id": campaign_feeds_id,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if creative_id is not UNSET:
            field_dict["creative_id"] = creative_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if filesize is not UNSET:
            field_dict["filesize"] = filesize
        if filesize_compressed is not UNSET:
            field_dict["filesize_compressed"] = filesize_compressed
        if last_processed is not UNSET:
            field_dict["last_processed"] = last_processed
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_feeds_id = d.pop("campaign_feeds_id")

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_creative_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creative_id = _parse_creative_id(d.pop("creative_id", UNSET))

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        def _parse_filesize(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        filesize = _parse_filesize(d.pop("filesize", UNSET))

        def _parse_filesize_compressed(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        filesize_compressed = _parse_filesize_compressed(
            d.pop("filesize_compressed", UNSET)
        )

        def _parse_last_processed(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        last_processed = _parse_last_processed(d.pop("last_processed", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_updated(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        updated = _parse_updated(d.pop("updated", UNSET))

        feed = cls(
            campaign_feeds_id=campaign_feeds_id,
            campaign_id=campaign_id,
            creative_id=creative_id,
            filename=filename,
            filesize=filesize,
            filesize_compressed=filesize_compressed,
            last_processed=last_processed,
            name=name,
            title=title,
            updated=updated,
        )

        feed.additional_properties = d
        return feed

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

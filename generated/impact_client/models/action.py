from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_state import ActionState
from ..models.referring_type import ReferringType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """One conversion credited to the partner, with its money and its attribution.

    Example:
        {'Id': '1000.4636.158133', 'CampaignId': '1000', 'CampaignName': 'Acme Campaign', 'ActionTrackerId': '2240',
            'ActionTrackerName': 'Sale', 'EventCode': '', 'State': 'PENDING', 'AdId': '506720', 'Payout': '0.88',
            'DeltaPayout': '0.88', 'IntendedPayout': '0.88', 'Amount': '21.99', 'DeltaAmount': '21.99', 'IntendedAmount':
            '21.99', 'Currency': 'USD', 'ReferringDate': '2024-09-10T09:45:07-07:00', 'EventDate':
            '2024-09-10T10:42:38-07:00', 'CreationDate': '2024-09-10T10:51:23-07:00', 'LockingDate':
            '2024-09-26T00:00:00-07:00', 'ClearedDate': '', 'ReferringType': 'CLICK_COOKIE', 'ReferringDomain': '',
            'PromoCode': 'SUMMERSALE2024', 'Oid': '9217374917472', 'CustomerArea': '855', 'CustomerCity': 'Santa Barbara',
            'CustomerRegion': 'California', 'CustomerCountry': 'US', 'SubId1': '', 'SubId2': '', 'SubId3': '', 'SharedId':
            'RT-19247423', 'Uri': '/Advertisers/<AccountSid>/Actions/1000.4636.158133'}

    Attributes:
        id (str | Unset): The action's id.
        campaign_id (str | Unset): The brand campaign (numeric text).
        campaign_name (str | Unset):
        action_tracker_id (str | Unset): The event type tracker (numeric text).
        action_tracker_name (str | Unset):
        event_code (str | Unset): The brand's code for the event; often empty.
        state (ActionState | str | Unset): Where an action stands: PENDING until its locking date passes or someone
            approves it (an edited
            action returns to PENDING); APPROVED once locked or approved by hand, after which it pays out and
            cannot change; REVERSED when it will not pay out.
        ad_id (str | Unset): The ad that referred the customer (numeric text).
        payout (str | Unset): A decimal amount as text, e.g. "21.99".
        delta_payout (str | Unset): A decimal amount as text, e.g. "21.99".
        intended_payout (str | Unset): A decimal amount as text, e.g. "21.99".
        amount (str | Unset): A decimal amount as text, e.g. "21.99".
        delta_amount (str | Unset): A decimal amount as text, e.g. "21.99".
        intended_amount (str | Unset): A decimal amount as text, e.g. "21.99".
        currency (str | Unset): ISO 4217 currency code.
        referring_date (datetime.datetime | Unset): When the referral happened.
        event_date (datetime.datetime | Unset): When the customer converted.
        creation_date (datetime.datetime | Unset): When impact.com recorded the action.
        locking_date (datetime.datetime | Unset): When the action locks and can no longer change.
        cleared_date (datetime.datetime | str | Unset): A timestamp with offset, or an empty string while the event has
            not happened.
        referring_type (ReferringType | str | Unset): How the action was attributed to the partner.
        referring_domain (str | Unset): The referring site; may be empty.
        promo_code (str | Unset):
        oid (str | Unset): The brand's order id.
        customer_area (str | Unset):
        customer_city (str | Unset):
        customer_region (str | Unset):
        customer_country (str | Unset):
        sub_id_1 (str | Unset):
        sub_id_2 (str | Unset):
        sub_id_3 (str | Unset):
        shared_id (str | Unset):
        uri (str | Unset): Path of the action relative to the API host.
    """

    id: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    campaign_name: str | Unset = UNSET
    action_tracker_id: str | Unset = UNSET
    action_tracker_name: str | Unset = UNSET
    event_code: str | Unset = UNSET
    state: ActionState | str | Unset = UNSET
    ad_id: str | Unset = UNSET
    payout: str | Unset = UNSET
    delta_payout: str | Unset = UNSET
    intended_payout: str | Unset = UNSET
    amount: str | Unset = UNSET
    delta_amount: str | Unset = UNSET
    intended_amount: str | Unset = UNSET
    currency: str | Unset = UNSET
    referring_date: datetime.datetime | Unset = UNSET
    event_date: datetime.datetime | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    locking_date: datetime.datetime | Unset = UNSET
    cleared_date: datetime.datetime | str | Unset = UNSET
    referring_type: ReferringType | str | Unset = UNSET
    referring_domain: str | Unset = UNSET
    promo_code: str | Unset = UNSET
    oid: str | Unset = UNSET
    customer_area: str | Unset = UNSET
    customer_city: str | Unset = UNSET
    customer_region: str | Unset = UNSET
    customer_country: str | Unset = UNSET
    sub_id_1: str | Unset = UNSET
    sub_id_2: str | Unset = UNSET
    sub_id_3: str | Unset = UNSET
    shared_id: str | Unset = UNSET
    uri: str | Unset = UNSET
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
        id = self.id

        campaign_id = self.campaign_id

        campaign_name = self.campaign_name

        action_tracker_id = self.action_tracker_id

        action_tracker_name = self.action_tracker_name

        event_code = self.event_code

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ActionState):
            state = self.state.value
        else:
            state = self.state

        ad_id = self.ad_id

        payout = self.payout

        delta_payout = self.delta_payout

        intended_payout = self.intended_payout

        amount = self.amount

        delta_amount = self.delta_amount

        intended_amount = self.intended_amount

        currency = self.currency

        referring_date: str | Unset = UNSET
        if not isinstance(self.referring_date, Unset):
            referring_date = self.referring_date.isoformat()

        event_date: str | Unset = UNSET
        if not isinstance(self.event_date, Unset):
            event_date = self.event_date.isoformat()

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        locking_date: str | Unset = UNSET
        if not isinstance(self.locking_date, Unset):
            locking_date = self.locking_date.isoformat()

        cleared_date: str | Unset
        if isinstance(self.cleared_date, Unset):
            cleared_date = UNSET
        elif isinstance(self.cleared_date, datetime.datetime):
            cleared_date = self.cleared_date.isoformat()
        else:
            cleared_date = self.cleared_date

        referring_type: str | Unset
        if isinstance(self.referring_type, Unset):
            referring_type = UNSET
        elif isinstance(self.referring_type, ReferringType):
            referring_type = self.referring_type.value
        else:
            referring_type = self.referring_type

        referring_domain = self.referring_domain

        promo_code = self.promo_code

        oid = self.oid

        customer_area = self.customer_area

        customer_city = self.customer_city

        customer_region = self.customer_region

        customer_country = self.customer_country

        sub_id_1 = self.sub_id_1

        sub_id_2 = self.sub_id_2

        sub_id_3 = self.sub_id_3

        shared_id = self.shared_id

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if campaign_id is not UNSET:
            field_dict["CampaignId"] = campaign_id
        if campaign_name is not UNSET:
            field_dict["CampaignName"] = campaign_name
        if action_tracker_id is not UNSET:
            field_dict["ActionTrackerId"] = action_tracker_id
        if action_tracker_name is not UNSET:
            field_dict["ActionTrackerName"] = action_tracker_name
        if event_code is not UNSET:
            field_dict["EventCode"] = event_code
        if state is not UNSET:
            field_dict["State"] = state
        if ad_id is not UNSET:
            field_dict["AdId"] = ad_id
        if payout is not UNSET:
            field_dict["Payout"] = payout
        if delta_payout is not UNSET:
            field_dict["DeltaPayout"] = delta_payout
        if intended_payout is not UNSET:
            field_dict["IntendedPayout"] = intended_payout
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if delta_amount is not UNSET:
            field_dict["DeltaAmount"] = delta_amount
        if intended_amount is not UNSET:
            field_dict["IntendedAmount"] = intended_amount
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if referring_date is not UNSET:
            field_dict["ReferringDate"] = referring_date
        if event_date is not UNSET:
            field_dict["EventDate"] = event_date
        if creation_date is not UNSET:
            field_dict["CreationDate"] = creation_date
        if locking_date is not UNSET:
            field_dict["LockingDate"] = locking_date
        if cleared_date is not UNSET:
            field_dict["ClearedDate"] = cleared_date
        if referring_type is not UNSET:
            field_dict["ReferringType"] = referring_type
        if referring_domain is not UNSET:
            field_dict["ReferringDomain"] = referring_domain
        if promo_code is not UNSET:
            field_dict["PromoCode"] = promo_code
        if oid is not UNSET:
            field_dict["Oid"] = oid
        if customer_area is not UNSET:
            field_dict["CustomerArea"] = customer_area
        if customer_city is not UNSET:
            field_dict["CustomerCity"] = customer_city
        if customer_region is not UNSET:
            field_dict["CustomerRegion"] = customer_region
        if customer_country is not UNSET:
            field_dict["CustomerCountry"] = customer_country
        if sub_id_1 is not UNSET:
            field_dict["SubId1"] = sub_id_1
        if sub_id_2 is not UNSET:
            field_dict["SubId2"] = sub_id_2
        if sub_id_3 is not UNSET:
            field_dict["SubId3"] = sub_id_3
        if shared_id is not UNSET:
            field_dict["SharedId"] = shared_id
        if uri is not UNSET:
            field_dict["Uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        campaign_id = d.pop("CampaignId", UNSET)

        campaign_name = d.pop("CampaignName", UNSET)

        action_tracker_id = d.pop("ActionTrackerId", UNSET)

        action_tracker_name = d.pop("ActionTrackerName", UNSET)

        event_code = d.pop("EventCode", UNSET)

        def _parse_state(data: object) -> ActionState | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ActionState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionState | str | Unset, data)

        state = _parse_state(d.pop("State", UNSET))

        ad_id = d.pop("AdId", UNSET)

        payout = d.pop("Payout", UNSET)

        delta_payout = d.pop("DeltaPayout", UNSET)

        intended_payout = d.pop("IntendedPayout", UNSET)

        amount = d.pop("Amount", UNSET)

        delta_amount = d.pop("DeltaAmount", UNSET)

        intended_amount = d.pop("IntendedAmount", UNSET)

        currency = d.pop("Currency", UNSET)

        _referring_date = d.pop("ReferringDate", UNSET)
        referring_date: datetime.datetime | Unset
        if isinstance(_referring_date, Unset):
            referring_date = UNSET
        else:
            referring_date = datetime.datetime.fromisoformat(_referring_date)

        _event_date = d.pop("EventDate", UNSET)
        event_date: datetime.datetime | Unset
        if isinstance(_event_date, Unset):
            event_date = UNSET
        else:
            event_date = datetime.datetime.fromisoformat(_event_date)

        _creation_date = d.pop("CreationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _locking_date = d.pop("LockingDate", UNSET)
        locking_date: datetime.datetime | Unset
        if isinstance(_locking_date, Unset):
            locking_date = UNSET
        else:
            locking_date = datetime.datetime.fromisoformat(_locking_date)

        def _parse_cleared_date(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_or_empty_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_date_time_or_empty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        cleared_date = _parse_cleared_date(d.pop("ClearedDate", UNSET))

        def _parse_referring_type(data: object) -> ReferringType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                referring_type_type_0 = ReferringType(data)

                return referring_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ReferringType | str | Unset, data)

        referring_type = _parse_referring_type(d.pop("ReferringType", UNSET))

        referring_domain = d.pop("ReferringDomain", UNSET)

        promo_code = d.pop("PromoCode", UNSET)

        oid = d.pop("Oid", UNSET)

        customer_area = d.pop("CustomerArea", UNSET)

        customer_city = d.pop("CustomerCity", UNSET)

        customer_region = d.pop("CustomerRegion", UNSET)

        customer_country = d.pop("CustomerCountry", UNSET)

        sub_id_1 = d.pop("SubId1", UNSET)

        sub_id_2 = d.pop("SubId2", UNSET)

        sub_id_3 = d.pop("SubId3", UNSET)

        shared_id = d.pop("SharedId", UNSET)

        uri = d.pop("Uri", UNSET)

        action = cls(
            id=id,
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            action_tracker_id=action_tracker_id,
            action_tracker_name=action_tracker_name,
            event_code=event_code,
            state=state,
            ad_id=ad_id,
            payout=payout,
            delta_payout=delta_payout,
            intended_payout=intended_payout,
            amount=amount,
            delta_amount=delta_amount,
            intended_amount=intended_amount,
            currency=currency,
            referring_date=referring_date,
            event_date=event_date,
            creation_date=creation_date,
            locking_date=locking_date,
            cleared_date=cleared_date,
            referring_type=referring_type,
            referring_domain=referring_domain,
            promo_code=promo_code,
            oid=oid,
            customer_area=customer_area,
            customer_city=customer_city,
            customer_region=customer_region,
            customer_country=customer_country,
            sub_id_1=sub_id_1,
            sub_id_2=sub_id_2,
            sub_id_3=sub_id_3,
            shared_id=shared_id,
            uri=uri,
        )

        action.additional_properties = d
        return action

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

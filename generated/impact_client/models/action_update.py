from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_state import ActionState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionUpdate")


@_attrs_define
class ActionUpdate:
    """One change of an action's state or payout. `State` is the action's state once the change was made (the
    state before it is the `State` of the action's previous entry); `DeltaPayout` and `DeltaAmount` are what
    the payout and the sale amount changed by against that previous entry.

        Example:
            {'Id': '1000.1234.56789.10111213', 'ActionId': '1000.1234.56789', 'CampaignId': '1000', 'ActionTrackerId':
                '10000', 'EventTypeId': '10000', 'EventCode': '', 'EventTypeName': 'Sale', 'State': 'PENDING', 'StateDetail':
                'DEFAULT', 'StateDetailDescription': 'Action comes in DEFAULT and a locking date has not been set yet', 'AdId':
                '506720', 'ReportingState': 'IR_BLANK', 'DeltaPayout': '0.26', 'DeltaAmount': '17.29', 'Currency': 'USD',
                'DefaultPayout': '5.00', 'DefaultPayoutCurrency': 'USD', 'Category': '', 'Sku': '', 'Quantity': '',
                'CatalogName': '', 'CatalogCategory': '', 'CatalogDescription': '', 'CatalogManufacturer': '',
                'CatalogOriginalFormatCategory': '', 'CatalogSubCategory': '', 'UpdateDate': '2021-04-25T02:07:45-04:00',
                'LockingDate': '2021-05-25T00:00:00-04:00', 'ClearingDate': '', 'ActionDate': '2021-04-25T01:58:12-04:00',
                'Oid': '9217374917472', 'SubId1': '', 'SubId2': '', 'SubId3': '', 'SharedId': '', 'PaystubId': '', 'ContractId':
                '88123', 'PayoutLevel': 'ORDER', 'ActionUri': '/Mediapartners/<AccountSID>/Actions/1000.1234.56789', 'Uri':
                '/Mediapartners/<AccountSID>/ActionUpdates/1000.1234.56789.10111213'}

        Attributes:
            id (str | Unset): The change's id (the action's id and a sequence number).
            action_id (str | Unset): The action that changed.
            campaign_id (str | Unset): The brand campaign (numeric text).
            action_tracker_id (str | Unset): The event type tracker (numeric text).
            event_type_id (str | Unset): The event type (numeric text).
            event_code (str | Unset): The brand's code for the event; often empty.
            event_type_name (str | Unset): The event type's name.
            state (ActionState | str | Unset): Where an action stands: PENDING until its locking date passes or someone
                approves it (an edited
                action returns to PENDING); APPROVED once locked or approved by hand, after which it pays out and
                cannot change; REVERSED when it will not pay out.
            state_detail (str | Unset): A short code for why the action is in its state.
            state_detail_description (str | Unset): The same reason in words.
            ad_id (str | Unset): The ad that referred the customer (numeric text).
            reporting_state (str | Unset): How the action is reported; often `IR_BLANK`.
            delta_payout (str | Unset): A decimal amount as text, e.g. "21.99".
            delta_amount (str | Unset): A decimal amount as text, e.g. "21.99".
            currency (str | Unset): ISO 4217 currency of the amounts.
            default_payout (str | Unset): A decimal amount as text, e.g. "21.99".
            default_payout_currency (str | Unset): ISO 4217 currency of the default payout.
            category (str | Unset):
            sku (str | Unset):
            quantity (str | Unset): Number of units (numeric text); often empty.
            catalog_name (str | Unset):
            catalog_category (str | Unset):
            catalog_description (str | Unset):
            catalog_manufacturer (str | Unset):
            catalog_original_format_category (str | Unset):
            catalog_sub_category (str | Unset):
            update_date (datetime.datetime | str | Unset): A timestamp with offset, or an empty string while the event has
                not happened.
            locking_date (datetime.datetime | str | Unset): A timestamp with offset, or an empty string while the event has
                not happened.
            clearing_date (datetime.datetime | str | Unset): A timestamp with offset, or an empty string while the event has
                not happened.
            action_date (datetime.datetime | str | Unset): A timestamp with offset, or an empty string while the event has
                not happened.
            oid (str | Unset): The brand's order id.
            sub_id_1 (str | Unset):
            sub_id_2 (str | Unset):
            sub_id_3 (str | Unset):
            shared_id (str | Unset):
            paystub_id (str | Unset): The payment the change was settled in; empty until paid.
            contract_id (str | Unset):
            payout_level (str | Unset): `ORDER` or `ITEM`: whether the payout was worked out per order or per item.
            action_uri (str | Unset): Path of the parent action relative to the API host.
            uri (str | Unset): Path of this change relative to the API host.
    """

    id: str | Unset = UNSET
    action_id: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    action_tracker_id: str | Unset = UNSET
    event_type_id: str | Unset = UNSET
    event_code: str | Unset = UNSET
    event_type_name: str | Unset = UNSET
    state: ActionState | str | Unset = UNSET
    state_detail: str | Unset = UNSET
    state_detail_description: str | Unset = UNSET
    ad_id: str | Unset = UNSET
    reporting_state: str | Unset = UNSET
    delta_payout: str | Unset = UNSET
    delta_amount: str | Unset = UNSET
    currency: str | Unset = UNSET
    default_payout: str | Unset = UNSET
    default_payout_currency: str | Unset = UNSET
    category: str | Unset = UNSET
    sku: str | Unset = UNSET
    quantity: str | Unset = UNSET
    catalog_name: str | Unset = UNSET
    catalog_category: str | Unset = UNSET
    catalog_description: str | Unset = UNSET
    catalog_manufacturer: str | Unset = UNSET
    catalog_original_format_category: str | Unset = UNSET
    catalog_sub_category: str | Unset = UNSET
    update_date: datetime.datetime | str | Unset = UNSET
    locking_date: datetime.datetime | str | Unset = UNSET
    clearing_date: datetime.datetime | str | Unset = UNSET
    action_date: datetime.datetime | str | Unset = UNSET
    oid: str | Unset = UNSET
    sub_id_1: str | Unset = UNSET
    sub_id_2: str | Unset = UNSET
    sub_id_3: str | Unset = UNSET
    shared_id: str | Unset = UNSET
    paystub_id: str | Unset = UNSET
    contract_id: str | Unset = UNSET
    payout_level: str | Unset = UNSET
    action_uri: str | Unset = UNSET
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

        action_id = self.action_id

        campaign_id = self.campaign_id

        action_tracker_id = self.action_tracker_id

        event_type_id = self.event_type_id

        event_code = self.event_code

        event_type_name = self.event_type_name

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ActionState):
            state = self.state.value
        else:
            state = self.state

        state_detail = self.state_detail

        state_detail_description = self.state_detail_description

        ad_id = self.ad_id

        reporting_state = self.reporting_state

        delta_payout = self.delta_payout

        delta_amount = self.delta_amount

        currency = self.currency

        default_payout = self.default_payout

        default_payout_currency = self.default_payout_currency

        category = self.category

        sku = self.sku

        quantity = self.quantity

        catalog_name = self.catalog_name

        catalog_category = self.catalog_category

        catalog_description = self.catalog_description

        catalog_manufacturer = self.catalog_manufacturer

        catalog_original_format_category = self.catalog_original_format_category

        catalog_sub_category = self.catalog_sub_category

        update_date: str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        elif isinstance(self.update_date, datetime.datetime):
            update_date = self.update_date.isoformat()
        else:
            update_date = self.update_date

        locking_date: str | Unset
        if isinstance(self.locking_date, Unset):
            locking_date = UNSET
        elif isinstance(self.locking_date, datetime.datetime):
            locking_date = self.locking_date.isoformat()
        else:
            locking_date = self.locking_date

        clearing_date: str | Unset
        if isinstance(self.clearing_date, Unset):
            clearing_date = UNSET
        elif isinstance(self.clearing_date, datetime.datetime):
            clearing_date = self.clearing_date.isoformat()
        else:
            clearing_date = self.clearing_date

        action_date: str | Unset
        if isinstance(self.action_date, Unset):
            action_date = UNSET
        elif isinstance(self.action_date, datetime.datetime):
            action_date = self.action_date.isoformat()
        else:
            action_date = self.action_date

        oid = self.oid

        sub_id_1 = self.sub_id_1

        sub_id_2 = self.sub_id_2

        sub_id_3 = self.sub_id_3

        shared_id = self.shared_id

        paystub_id = self.paystub_id

        contract_id = self.contract_id

        payout_level = self.payout_level

        action_uri = self.action_uri

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if action_id is not UNSET:
            field_dict["ActionId"] = action_id
        if campaign_id is not UNSET:
            field_dict["CampaignId"] = campaign_id
        if action_tracker_id is not UNSET:
            field_dict["ActionTrackerId"] = action_tracker_id
        if event_type_id is not UNSET:
            field_dict["EventTypeId"] = event_type_id
        if event_code is not UNSET:
            field_dict["EventCode"] = event_code
        if event_type_name is not UNSET:
            field_dict["EventTypeName"] = event_type_name
        if state is not UNSET:
            field_dict["State"] = state
        if state_detail is not UNSET:
            field_dict["StateDetail"] = state_detail
        if state_detail_description is not UNSET:
            field_dict["StateDetailDescription"] = state_detail_description
        if ad_id is not UNSET:
            field_dict["AdId"] = ad_id
        if reporting_state is not UNSET:
            field_dict["ReportingState"] = reporting_state
        if delta_payout is not UNSET:
            field_dict["DeltaPayout"] = delta_payout
        if delta_amount is not UNSET:
            field_dict["DeltaAmount"] = delta_amount
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if default_payout is not UNSET:
            field_dict["DefaultPayout"] = default_payout
        if default_payout_currency is not UNSET:
            field_dict["DefaultPayoutCurrency"] = default_payout_currency
        if category is not UNSET:
            field_dict["Category"] = category
        if sku is not UNSET:
            field_dict["Sku"] = sku
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if catalog_name is not UNSET:
            field_dict["CatalogName"] = catalog_name
        if catalog_category is not UNSET:
            field_dict["CatalogCategory"] = catalog_category
        if catalog_description is not UNSET:
            field_dict["CatalogDescription"] = catalog_description
        if catalog_manufacturer is not UNSET:
            field_dict["CatalogManufacturer"] = catalog_manufacturer
        if catalog_original_format_category is not UNSET:
            field_dict["CatalogOriginalFormatCategory"] = (
                catalog_original_format_category
            )
        if catalog_sub_category is not UNSET:
            field_dict["CatalogSubCategory"] = catalog_sub_category
        if update_date is not UNSET:
            field_dict["UpdateDate"] = update_date
        if locking_date is not UNSET:
            field_dict["LockingDate"] = locking_date
        if clearing_date is not UNSET:
            field_dict["ClearingDate"] = clearing_date
        if action_date is not UNSET:
            field_dict["ActionDate"] = action_date
        if oid is not UNSET:
            field_dict["Oid"] = oid
        if sub_id_1 is not UNSET:
            field_dict["SubId1"] = sub_id_1
        if sub_id_2 is not UNSET:
            field_dict["SubId2"] = sub_id_2
        if sub_id_3 is not UNSET:
            field_dict["SubId3"] = sub_id_3
        if shared_id is not UNSET:
            field_dict["SharedId"] = shared_id
        if paystub_id is not UNSET:
            field_dict["PaystubId"] = paystub_id
        if contract_id is not UNSET:
            field_dict["ContractId"] = contract_id
        if payout_level is not UNSET:
            field_dict["PayoutLevel"] = payout_level
        if action_uri is not UNSET:
            field_dict["ActionUri"] = action_uri
        if uri is not UNSET:
            field_dict["Uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        action_id = d.pop("ActionId", UNSET)

        campaign_id = d.pop("CampaignId", UNSET)

        action_tracker_id = d.pop("ActionTrackerId", UNSET)

        event_type_id = d.pop("EventTypeId", UNSET)

        event_code = d.pop("EventCode", UNSET)

        event_type_name = d.pop("EventTypeName", UNSET)

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

        state_detail = d.pop("StateDetail", UNSET)

        state_detail_description = d.pop("StateDetailDescription", UNSET)

        ad_id = d.pop("AdId", UNSET)

        reporting_state = d.pop("ReportingState", UNSET)

        delta_payout = d.pop("DeltaPayout", UNSET)

        delta_amount = d.pop("DeltaAmount", UNSET)

        currency = d.pop("Currency", UNSET)

        default_payout = d.pop("DefaultPayout", UNSET)

        default_payout_currency = d.pop("DefaultPayoutCurrency", UNSET)

        category = d.pop("Category", UNSET)

        sku = d.pop("Sku", UNSET)

        quantity = d.pop("Quantity", UNSET)

        catalog_name = d.pop("CatalogName", UNSET)

        catalog_category = d.pop("CatalogCategory", UNSET)

        catalog_description = d.pop("CatalogDescription", UNSET)

        catalog_manufacturer = d.pop("CatalogManufacturer", UNSET)

        catalog_original_format_category = d.pop("CatalogOriginalFormatCategory", UNSET)

        catalog_sub_category = d.pop("CatalogSubCategory", UNSET)

        def _parse_update_date(data: object) -> datetime.datetime | str | Unset:
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

        update_date = _parse_update_date(d.pop("UpdateDate", UNSET))

        def _parse_locking_date(data: object) -> datetime.datetime | str | Unset:
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

        locking_date = _parse_locking_date(d.pop("LockingDate", UNSET))

        def _parse_clearing_date(data: object) -> datetime.datetime | str | Unset:
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

        clearing_date = _parse_clearing_date(d.pop("ClearingDate", UNSET))

        def _parse_action_date(data: object) -> datetime.datetime | str | Unset:
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

        action_date = _parse_action_date(d.pop("ActionDate", UNSET))

        oid = d.pop("Oid", UNSET)

        sub_id_1 = d.pop("SubId1", UNSET)

        sub_id_2 = d.pop("SubId2", UNSET)

        sub_id_3 = d.pop("SubId3", UNSET)

        shared_id = d.pop("SharedId", UNSET)

        paystub_id = d.pop("PaystubId", UNSET)

        contract_id = d.pop("ContractId", UNSET)

        payout_level = d.pop("PayoutLevel", UNSET)

        action_uri = d.pop("ActionUri", UNSET)

        uri = d.pop("Uri", UNSET)

        action_update = cls(
            id=id,
            action_id=action_id,
            campaign_id=campaign_id,
            action_tracker_id=action_tracker_id,
            event_type_id=event_type_id,
            event_code=event_code,
            event_type_name=event_type_name,
            state=state,
            state_detail=state_detail,
            state_detail_description=state_detail_description,
            ad_id=ad_id,
            reporting_state=reporting_state,
            delta_payout=delta_payout,
            delta_amount=delta_amount,
            currency=currency,
            default_payout=default_payout,
            default_payout_currency=default_payout_currency,
            category=category,
            sku=sku,
            quantity=quantity,
            catalog_name=catalog_name,
            catalog_category=catalog_category,
            catalog_description=catalog_description,
            catalog_manufacturer=catalog_manufacturer,
            catalog_original_format_category=catalog_original_format_category,
            catalog_sub_category=catalog_sub_category,
            update_date=update_date,
            locking_date=locking_date,
            clearing_date=clearing_date,
            action_date=action_date,
            oid=oid,
            sub_id_1=sub_id_1,
            sub_id_2=sub_id_2,
            sub_id_3=sub_id_3,
            shared_id=shared_id,
            paystub_id=paystub_id,
            contract_id=contract_id,
            payout_level=payout_level,
            action_uri=action_uri,
            uri=uri,
        )

        action_update.additional_properties = d
        return action_update

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

"""How the seeded report records look on the wire (v1 JSON), including the vendor's type quirks: ids as
alphanumeric strings, ``creative_*`` as integers, ``click.last_used`` an epoch integer inside conversions but a
date-time string in the click report, an empty ``meta_data`` sent as ``[]``.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from starlette.responses import JSONResponse

from .conventions import error_response
from .reports_data import (
    CONVERSION_METRICS,
    DEVICES,
    PARTNERSHIP_MODELS,
    STATUS_IDS,
    TRAFFIC_SOURCES,
    USER_CONTEXTS,
    Click,
    Conversion,
    Item,
    ReportsData,
    v1_time,
)


def v1_error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """An error in the version 1 envelope."""
    return error_response("v1", status, message, headers=headers)


def _meta(meta: dict[str, str]) -> dict[str, str] | list[Any]:
    return dict(meta) if meta else []


def click_json(click: Click, zone: tzinfo, *, in_conversion: bool = False) -> dict[str, Any]:
    body: dict[str, Any] = {
        "campaign_id": click.campaign.campaign_id, "publisher_id": "", "type": "standard",
        "status": "converted" if click.converted else "nibbled",
        "set_time": v1_time(click.set_time.astimezone(zone)), "set_ip": click.ip,
        "last_used": int(click.last_used.timestamp()) if in_conversion else v1_time(click.last_used.astimezone(zone)),
        "last_ip": click.ip, "publisher_reference": click.publisher_reference, "referer": "",
        "creative_id": 0, "creative_type": 0, "specific_creative_id": 0,
        "ref_device_id": click.device_id, "ref_traffic_source_id": click.traffic_source_id,
        "ref_partnership_model_id": click.partnership_model_id, "ref_user_context_id": click.user_context_id,
    }
    if in_conversion:
        body.update(ref_device=DEVICES[click.device_id], ref_traffic_source=TRAFFIC_SOURCES[click.traffic_source_id],
                    ref_partnership_model=PARTNERSHIP_MODELS[click.partnership_model_id],
                    ref_user_context=USER_CONTEXTS[click.user_context_id], clickref=click.clickref)
    else:
        body.update(click_id=click.click_id, country=click.country, clickref=click.clickref, meta_data=[])
    return body


def item_json(item: Item, zone: tzinfo, payment: bool) -> dict[str, Any]:
    conv = item.conversion
    body: dict[str, Any] = {
        "conversion_item_id": item.item_id, "sku": item.sku, "category": item.category, "item_value": item.value,
        "item_publisher_commission": item.publisher_commission, "item_status": item.status,
        "last_update": v1_time(conv.last_modified.astimezone(zone)) if conv else None,
        "publisher_self_bill_id": None,
        "approved_at": v1_time(conv.approved_at.astimezone(zone)) if conv and conv.approved_at else None,
        "item_status_id": STATUS_IDS[item.status],
        "reject_reason": "Order cancelled" if item.status == "rejected" else None,
        "voucher_codes": [item.voucher_code] if item.voucher_code else [],
        "meta_data": [], "payable": bool(conv and conv.payable),
    }
    if payment:
        paid = bool(conv and conv.payable)
        body.update(payment_status="paid" if paid else "unpaid",
                    self_bill_request_date=v1_time(conv.approved_at.astimezone(zone)) if paid and conv and
                    conv.approved_at else None, self_bill_release_date=None)
    return body


def conversion_json(data: ReportsData, conv: Conversion, zone: tzinfo, payment: bool) -> dict[str, Any]:
    click = conv.click
    return {
        "conversion_id": conv.conversion_id, "campaign_id": conv.campaign.campaign_id,
        "publisher_id": data.publisher_id, "conversion_time": v1_time(conv.time.astimezone(zone)),
        "creative_type": 0, "creative_id": 0, "specific_creative_id": 0, "currency": conv.currency,
        "publisher_reference": click.publisher_reference, "advertiser_reference": conv.advertiser_reference,
        "conversion_reference": conv.conversion_reference, "customer_type": conv.customer_type,
        "referer_ip": click.ip, "source_referer": "", "last_modified": v1_time(conv.last_modified.astimezone(zone)),
        "conversion_type": conv.conversion_type_id, "country": click.country,
        "customer_reference": conv.customer_reference, "ref_device_id": click.device_id,
        "ref_partnership_model_id": click.partnership_model_id, "ref_traffic_source_id": click.traffic_source_id,
        "ref_conversion_metric_id": conv.conversion_metric_id, "ref_user_context_id": click.user_context_id,
        "campaign_title": conv.campaign.title, "publisher_name": data.publisher_name,
        "click": {**click_json(click, zone, in_conversion=True), "publisher_id": data.publisher_id},
        "ref_conversion_metric": CONVERSION_METRICS[conv.conversion_metric_id],
        "ref_device": DEVICES[click.device_id], "ref_partnership_model": PARTNERSHIP_MODELS[click.partnership_model_id],
        "ref_traffic_source": TRAFFIC_SOURCES[click.traffic_source_id],
        "ref_user_context": USER_CONTEXTS[click.user_context_id],
        "conversion_value": {"conversion_status": conv.status, "value": conv.value,
                             "publisher_commission": conv.publisher_commission},
        "meta_data": _meta(conv.meta),
        "conversion_items": [item_json(i, zone, payment) for i in conv.items],
        "was_disputed": conv.was_disputed,
        "conversion_lag": int((conv.time - click.set_time).total_seconds()),
        "clickref": click.clickref,
    }


def click_report_json(data: ReportsData, click: Click, zone: tzinfo) -> dict[str, Any]:
    return {**click_json(click, zone), "publisher_id": data.publisher_id}


def payable_item_json(item: Item) -> dict[str, Any]:
    conv = item.conversion
    return {
        "conversion_id": conv.conversion_id if conv else "", "conversion_item_id": item.item_id,
        "campaign_id": conv.campaign.campaign_id if conv else "", "currency": conv.currency if conv else None,
        "conversion_time": v1_time(conv.time) if conv else None, "item_value": item.value,
        "item_commission": item.commission, "item_publisher_commission": item.publisher_commission,
        "item_status": item.status,
        "approved_at": v1_time(conv.approved_at) if conv and conv.approved_at else None,
    }

"""The seed data of :class:`~.store.PartnerizeStore`: the partner, its websites and databases, the brands and
campaigns with their creatives, feeds, vouchers and commissions, transaction queries, self-bills, payment details
and tracking links. Everything is derived from the store's random generator, so two stores seeded alike are
identical.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from .store import (
    CAMPAIGN_IDS,
    CAMPAIGN_TITLES,
    CREATIVE_TYPES,
    CURRENCIES,
    NOW,
    OTHER_CAMPAIGNS,
    PARTICIPATION,
    TQ_STATES,
    TQ_TYPES,
    VERTICALS,
    PartnerizeStore,
    v1_time,
)


def seed_partner(store: PartnerizeStore) -> None:
    store.partner = {
        "account_name": "demopartner", "company_name": "Demo Partner Ltd", "contact_email": "partner@example.com",
        "contact_locale": "en", "contact_name": "Eve", "created": "2019-10-30 11:08:41", "created_by": "111111l1",
        "default_currency": "GBP", "description": "Demo partner of the Partnerize sandbox", "im_provider": None,
        "im_username": None, "is_affiliate_user": "y", "is_us_registered": None, "legal_entity": "GB",
        "network_id": store.network_id, "network_status": "a", "operating_country": "GB", "phone": 2071234567,
        "phone_area": 44, "promotional_method": 1, "promotional_method_name": "PPC",
        "publisher_id": store.publisher_id, "reporting_timezone": "Europe/London", "signup_ip": "10.0.0.1",
        "terms_and_conditions_id": 56, "vertical": 2, "vertical_name": "Retail", "week_start": "monday",
    }


def seed_websites_and_databases(store: PartnerizeStore) -> None:
    for n, (url, name, primary) in enumerate((("https://deals.example.com", "Deals blog", "y"),
                                             ("https://shoes.example.org", None, "n"))):
        wid = f"11l{18694 + n}"
        store.websites[wid] = {
            "active": "y", "primary": primary, "description": "Demo Partner website", "publisher_id": store.publisher_id,
            "website_country": "GB", "website_id": wid, "website_name": name, "website_url": url, "website_type": 9,
            "website_type_name": "PPC", "website_vertical": 10, "website_vertical_name": "Technical",
        }
    did = "111111l300347"
    store.databases[did] = {
        "active": "y", "creation_method": "Email", "database_id": did, "database_name": "Newsletter subscribers",
        "female": 50, "male": 50, "max_age": 77, "min_age": 25, "publisher_id": store.publisher_id, "size": 53000,
    }


def _brand(store: PartnerizeStore, brand_id: str, name: str) -> dict[str, Any]:
    return {
        "id": brand_id, "name": name, "display_name": name, "contact_email": f"partners@{name.split()[0].lower()}.example",
        "description": f"{name} brand", "advertiser_icon": f"https://cdn.example.com/brands/{brand_id}.png",
        "network": {"id": store.network_id, "name": "Sandbox network"},
        "address": {"line1": "1 High Street", "line2": "", "line3": "London", "line4": None, "postcode": "EC1A 1AA",
                    "country": "United Kingdom"},
    }


def _campaign(store: PartnerizeStore, rng: random.Random, campaign_id: str, title: str, brand_id: str) -> dict[str, Any]:
    currency = rng.choice(CURRENCIES)
    vertical = rng.choice(tuple(VERTICALS))
    return {
        "advertiser_id": brand_id, "allow_deep_linking": "y", "allow_third_party_pixel": "n",
        "append_url_parameters": "", "associated_campaigns": "", "automated_invoicing_date": 4,
        "automated_invoicing_po_number": None, "auto_approve_publisher": rng.choice(("y", "n")),
        "auto_rejected_ips": None, "budget_summary_interval": None, "budget_summary_start_time": None,
        "campaign_currency_conversions": [], "campaign_custom_terms_and_conditions_id": None,
        "campaign_custom_terms_and_conditions_title": None, "campaign_id": campaign_id, "campaign_languages": None,
        "campaign_notes": "", "campaign_overloads": [], "commission_by_meta_label": "[]", "commission_by_meta": "[]",
        "commissions": [], "conversion_hiatus_period": 7, "conversion_type": "sale",
        "cookie_period": rng.choice((7, 30, 45)), "cookie_status": None,
        "default_commission_rate": str(rng.choice((3, 5, 8, 10))), "default_currency": currency,
        "default_override": 10, "deferred_lead_submission": None, "description": {"en": f"{title} campaign"},
        "dont_consolidate": "n", "dont_invoice": "n", "extra_restricted_deep_linking": "", "force_approve_period": 0,
        "hidden_campaign": "n", "invoice_address_1": None, "invoice_address_2": None, "invoice_address_3": None,
        "invoice_address_4": None, "invoice_address_country": None, "invoice_address_postcode": None,
        "invoice_company": None, "invoice_contact": None, "invoice_only": None, "ip_tracking_time": 0,
        "is_cpc": "n", "lead_confirmation_url_fail": "", "lead_confirmation_url_success": "",
        "multiple_conversions_per_click": "n", "network_fee": None, "pay_publisher_directly": "n",
        "payment_date": None, "recurring_payment_setup": "n", "report_meta_purge_period": None,
        "reporting_timezone": "Europe/London", "restricted_deep_linking": "n", "secure_tracking": "y",
        "status": "a", "terms": {"en": {"terms": f"Standard terms of {title}"}}, "test_mode": "n", "title": title,
        "tq_auto_approve": 60, "tq_enabled": "y", "tq_enabled_publishers": "", "tracking_method": "s2s",
        "tracking_subdomain": None, "unique_conversion_refs": "y", "vertical_id": vertical,
        "vertical_name": VERTICALS[vertical], "week_start": "Monday",
    }


def seed_campaigns(store: PartnerizeStore, rng: random.Random) -> None:
    brand_names = ("Stride", "Voltify", "Pageturner", "Wanderly", "Atelier", "Sonique", "Greenway", "Bean & Co")
    for n, name in enumerate(brand_names):
        store.brands[f"111111l{n + 1}"] = _brand(store, f"111111l{n + 1}", name)
    for n, (cid, title) in enumerate(zip(CAMPAIGN_IDS, CAMPAIGN_TITLES, strict=True)):
        store.campaigns[cid] = _campaign(store, rng, cid, title, f"111111l{n + 1}")
        store.participation[cid] = PARTICIPATION[cid]
    for n, (cid, title, brand, kind) in enumerate(OTHER_CAMPAIGNS):
        store.campaigns[cid] = _campaign(store, rng, cid, title, brand)
        store.participation[cid] = None
        if kind == "invited":
            store.invitations[cid] = f"{30000 + n}|1"
    # Custom terms agreed for the first campaign.
    first = CAMPAIGN_IDS[0]
    store.campaigns[first]["campaign_custom_terms_and_conditions_id"] = "111111l43"
    store.campaigns[first]["campaign_custom_terms_and_conditions_title"] = "Custom terms for Demo Partner"
    store.custom_terms["111111l43"] = [
        {"active": "y", "campaign_custom_terms_and_conditions_id": "111111l43", "campaign_id": first,
         "created": "2019-05-29 09:18:17", "locale": locale, "terms": text, "title": "Custom terms for Demo Partner"}
        for locale, text in (("en", "Custom terms and conditions"), ("pl", "Warunki indywidualne"))]
    for n, cid in enumerate(CAMPAIGN_IDS + tuple(c[0] for c in OTHER_CAMPAIGNS)):
        start = NOW - timedelta(days=400 - n)
        store.creatives[cid] = [_creative(store, cid, n * 10 + k, start, type_id)
                               for k, type_id in enumerate((1, 2, (n % 6) + 1))]
        feed_id = f"1011l{10 + n}"
        store.feeds[cid] = [{
            "campaign_feeds_id": feed_id, "campaign_id": cid, "creative_id": store.creatives[cid][0]["creative_id"],
            "filename": f"feed_{cid}.csv", "filesize": 581427 + n, "filesize_compressed": 27691 + n,
            "last_processed": int((NOW - timedelta(hours=n)).timestamp()), "name": f"{store.campaigns[cid]['title']} products",
            "title": store.campaigns[cid]["title"], "updated": int((NOW - timedelta(hours=n + 2)).timestamp()),
        }]
        store.feed_active[feed_id] = n % 3 != 2
        store.vouchers[cid] = [{
            "active": "y" if k == 0 else "n", "campaign_id": cid, "commission_groups": [], "description": "",
            "end_date_time": v1_time(NOW + timedelta(days=30 * (k + 1))), "on_expiry": "ignore",
            "on_invalid_user": "ignore", "start_date_time": v1_time(start), "voucher_code": f"SAVE{10 + 5 * k}{n}",
            "voucher_code_id": f"111111l{1000015 + n * 10 + k}",
        } for k in range(2)]


def _creative(store: PartnerizeStore, cid: str, n: int, start: datetime, type_id: int) -> dict[str, Any]:
    creative_id = f"{300441 + n}"
    item = {
        "tags": "summer" if n % 2 else "", "active": "y", "campaign_id": cid, "content_type": "image/jpeg",
        "created_at": v1_time(start), "created_by": "300621", "creative_item_id": f"{300396 + n}",
        "creative_type_id": type_id, "custom_append_url_parameters": "", "custom_prepend_url_parameters": "",
        "description": "", "filename": f"creative_{creative_id}.jpg", "specific_destination": "",
    }
    return {
        "tags": item["tags"], "active": "y" if n % 4 else "n", "advertiser_reference": f"Promotion {n}",
        "campaign_id": cid, "created_at": v1_time(start), "created_by": "300621", "creative_id": creative_id,
        "creative_items": [item], "creative_tracking_link": "", "creative_tracking_link_rotate": "",
        "creative_type_id": type_id, "custom_append_url_parameters": "", "custom_prepend_url_parameters": "",
        "default_specific_creative_id": item["creative_item_id"], "description": CREATIVE_TYPES[type_id],
        "dynamic_tracking_link": "", "end_date_time": v1_time(start + timedelta(days=365)), "height": 360,
        "html_tracking_link": "", "limits": "", "start_date_time": v1_time(start), "width": 400,
    }


def seed_commissions(store: PartnerizeStore, rng: random.Random) -> None:
    for n, cid in enumerate(store.campaigns):
        start = NOW - timedelta(days=200)
        value = float(store.campaigns[cid]["default_commission_rate"])
        standard = [{
            "id": f"2001l{n * 10 + k}", "description": f"Category {k} commission",
            "performance_value": round(value + k, 2), "performance_model": "percentage",
            "start_date": start.isoformat(), "end_date": None, "status": "ACTIVE",
            "meta_fields": [{"name": "category", "value": f"category-{k}"}],
            "last_modified": v1_time(start), "last_modified_by": "3", "cookie_period": 30,
            "commission_based_on_field": None,
        } for k in range(2)]
        voucher = [{
            "id": f"2002l{n}", "description": "Voucher code commission", "performance_value": 2.5,
            "performance_model": "fixed_cpa", "start_date": start.isoformat(), "end_date": None, "status": "ACTIVE",
            "meta_fields": [], "last_modified": v1_time(start), "last_modified_by": "3",
            "voucher_codes": [{"id": v["voucher_code_id"], "code": v["voucher_code"], "description": v["description"],
                               "start_date": v["start_date_time"], "end_date": v["end_date_time"],
                               "groups": [{"id": "1011l1", "name": "Top partners"}]} for v in store.vouchers[cid]],
            "commission_based_on_field": None,
        }]
        promo_end = NOW + timedelta(days=14)
        promotion = [{
            "id": f"2003l{n}", "description": "Double commission fortnight", "performance_value": value * 2,
            "performance_model": "percentage", "start_date": (NOW - timedelta(days=14)).isoformat(),
            "end_date": promo_end.isoformat(), "cookie_period": 30, "commission_based_on_field": None,
            "status": "ACTIVE", "meta_fields": [{"name": "country", "values": ["GB", "US"]}],
            "publishers": [{"id": store.publisher_id, "name": store.publisher_name}], "groups": [],
            "last_modified": v1_time(start), "last_modified_by": "3",
        }]
        tier = [{
            "id": f"2004l{n}", "name": "Volume bonus", "start_date": start.isoformat(), "end_date": None,
            "evaluation_period": 30, "reward_pending": False, "reward_model": "fixed_reward",
            "performance_measurement": "total_items", "meta_fields": [{"name": "category", "weight": 1, "value": None}],
            "levels": [{"threshold": 100, "bonus_value": 50}, {"threshold": 500, "bonus_value": 300}],
            "publishers": [{"id": store.publisher_id, "name": store.publisher_name}], "groups": [], "status": "ACTIVE",
        }]
        default = {
            "description": "The Default Commission", "performance_value": str(value), "performance_model": "percentage",
            "last_modified_by": "3", "last_modified": v1_time(start),
            "publishers": {"id": store.publisher_id, "performance_value": str(value + 1), "name": store.publisher_name},
            "groups": {"id": "1011l1", "performance_value": str(value + 0.5), "name": "Top partners"},
        }
        store.commissions[cid] = {"default": default, "standard": standard, "voucher": voucher,
                                 "promotion": promotion, "tier": tier, "start": start}
    for n, cid in enumerate(CAMPAIGN_IDS[:2]):
        store.commission_groups.append({
            "commission_group": {"commission_group_id": f"1011l{1 + 15 * n}", "campaign_id": cid,
                                 "name": ("Top partners", "Blog")[n], "description": "",
                                 "start_date_time": "2018-11-01 12:00:00"},
            "end_date_time": None, "active": "y" if n == 0 else "n", "last_modified": "2019-07-29 11:03:32",
        })


def seed_transaction_queries(store: PartnerizeStore, rng: random.Random) -> None:
    for n in range(30):
        cid = CAMPAIGN_IDS[n % 4]
        campaign = store.campaigns[cid]
        created = NOW - timedelta(days=120 - 3 * n, hours=n)
        tq_id = f"111111l{10 + n}"
        state = TQ_STATES[n % len(TQ_STATES)]
        value = round(rng.uniform(20, 500), 2)
        store.transaction_queries[tq_id] = store.transaction_query(tq_id, cid, campaign, TQ_TYPES[n % 3], state, created, value,
                                                   round(value * 0.08, 2), f"AUTO-{n:05d}", f"ref{n}", "")


def seed_payments(store: PartnerizeStore, rng: random.Random) -> None:
    for n in range(12):
        sid = f"1011l{5403 + n}"
        created = NOW - timedelta(days=30 * (12 - n))
        currency = CURRENCIES[n % 3]
        net = round(rng.uniform(50, 900), 2)
        paid = n < 9
        store.self_bills[sid] = {
            "creation_date": v1_time(created), "download": None, "item_download": None,
            "items_in_bill": rng.randrange(1, 40), "legal_entity": "GB", "majority_received_currency": currency,
            "net_value": net, "paid_currency": currency, "payment_batch_id": f"1011l{700 + n}" if paid else None,
            "payment_date": v1_time(created + timedelta(days=14)) if paid else None, "payment_detail_set_id": 24,
            "publisher_id": store.publisher_id, "publisher_payment_detail_set_id": "1011l22",
            "publisher_self_bill_id": sid, "publisher_self_bill_reference": None,
            "self_bill_reference": f"S-{store.publisher_id}-{sid}", "selfbill_currency": currency,
            "status": "paid" if paid else "created", "timestamp": v1_time(created), "total_value": net,
            "tracked_currency": currency, "tracked_net_value": net, "vat_rate": 0, "vat_value": 0, "withheld_tax": 0,
        }
    store.payment_details["1011l22"] = {
        "publisher_payment_detail_set_id": "1011l22", "country": "GB", "paid_currency": "GBP",
        "tracked_currency": ["GBP", "EUR"], "payment_type_code": "eft", "payment_type_name": "Electronic funds transfer",
        "automatic_self_bill_creation_date": "-1", "automatic_self_bill_creation_threshold": "-1", "suspended": "n",
        "suspended_at": None, "suspended_by": None, "suspension_notes": None,
        "payment_detail_values": {"bank_address": "1 Bank Street, London", "account_number": 12345678,
                                  "account_name": "Demo Partner Ltd", "bank_name": "Sandbox Bank", "sort_code": "400000"},
    }


def seed_links(store: PartnerizeStore, rng: random.Random) -> None:
    for n in range(5):
        lid = f"1011l{10 + 8 * n}"
        store.links[lid] = {
            "id": lid, "campaign_id": CAMPAIGN_IDS[n % 4], "description": None if n % 2 else f"Link {n}",
            "destination_url": None, "params": [{"key": "pubref", "value": f"ref{n}"}], "active": n != 4,
        }

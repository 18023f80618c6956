"""XML unless JSON is asked for, as ASGI middleware: impact.com answers XML by default and JSON only to a
request whose ``Accept`` names ``application/json`` (api-facts: "JSON needs Accept: application/json").

Written once; a vendor turns it on by naming the root element of its XML answers (``Vendor.xml_root``). Our
sources do not document impact's XML shape, so the XML here is a stand-in built from the JSON answer: an
element per key, a child element per list entry, ``@`` keys as attributes of the root. What matters to a
client is that it is not JSON and says so in its content type.
"""

from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Receive, Scope, Send

from .capture import whole_answer

__all__ = ["XmlUnlessJsonMiddleware", "to_xml", "wants_json"]


def wants_json(accept: str) -> bool:
    """Whether an ``Accept`` value names ``application/json`` (``*/*`` and a missing header do not)."""
    return any(part.split(";")[0].strip().lower() == "application/json" for part in accept.split(","))


def to_xml(body: Any, root: str) -> bytes:
    """``body`` (parsed JSON) as an XML document whose root element is ``root``."""
    element = ElementTree.Element(root)
    _fill(element, body)
    document: bytes = ElementTree.tostring(element, encoding="utf-8", xml_declaration=True)
    return document


def _fill(element: ElementTree.Element, value: Any) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key.startswith("@"):
                element.set(key[1:], _text(item))
            elif isinstance(item, list):
                holder = ElementTree.SubElement(element, key)
                for entry in item:
                    _fill(ElementTree.SubElement(holder, key[:-1] if key.endswith("s") else "Item"), entry)
            else:
                _fill(ElementTree.SubElement(element, key), item)
    elif isinstance(value, list):
        for entry in value:
            _fill(ElementTree.SubElement(element, "Item"), entry)
    elif value is not None:
        element.text = _text(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class XmlUnlessJsonMiddleware:
    """Turns every JSON answer into XML (``application/xml``) unless the request's ``Accept`` asks for JSON.
    A request that asks for JSON passes straight through; an answer that is not JSON is left as it is."""

    def __init__(self, app: ASGIApp, root: str) -> None:
        self.app = app
        self.root = root

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or wants_json(Headers(scope=scope).get("accept", "")):
            await self.app(scope, receive, send)
            return
        start, body = await whole_answer(self.app, scope, receive)
        headers = MutableHeaders(raw=list(start.get("headers", [])))
        if headers.get("content-type", "").startswith("application/json") and body:
            try:
                body = to_xml(json.loads(body), self.root)
            except ValueError:
                pass  # not JSON after all: sent as it came
            else:
                headers["content-type"] = "application/xml; charset=utf-8"
                headers["content-length"] = str(len(body))
        await send({**start, "headers": headers.raw})
        await send({"type": "http.response.body", "body": body})

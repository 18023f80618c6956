"""The rules of ``python -m generator diff``: every kind of change, whether it breaks users of the generated
client, and why; plus the pure comparison of two fields' constraints.

Breaking means code written against the old generated package may stop importing, stop type-checking or fail
at run time. Whether a change to a field breaks depends on the direction its value travels: a request value is
written by the caller and checked by the server, a response value is written by the server and read by the
caller. So narrowing what a request accepts breaks callers, while narrowing what a response holds does not; and
widening a response breaks code built on the old bounds, while widening a request does not.
"""

from __future__ import annotations

from typing import Any

from .surface import Field

# kind -> (breaking when the value travels in requests, breaking when it travels in responses, explanation).
# Kinds about operations, parameters and bodies only travel one way; they use the request column (response
# headers and statuses use the response column).
RULES: dict[str, tuple[bool, bool, str]] = {
    "operation-added": (False, False, "a new module under api/"),
    "operation-removed": (True, True, "its module disappears: imports fail"),
    "operation-moved": (False, False, "method or path changed; the generated call follows it"),
    "operation-deprecated": (False, False, "still generated and served; plan to move off it before it is removed"),
    "parameter-added-required": (True, True, "a new required argument: existing calls fail"),
    "parameter-added-optional": (False, False, "a new keyword argument with a default"),
    "parameter-removed": (True, True, "calls passing it fail with TypeError"),
    "parameter-now-required": (True, True, "calls that omit it fail"),
    "parameter-now-optional": (False, False, "the argument gains a default"),
    "parameter-type-changed": (True, True, "callers pass values of the old type"),
    "parameter-nullable-added": (False, False, "None is accepted as well"),
    "parameter-nullable-removed": (True, True, "callers passing None fail"),
    "parameter-deprecated": (False, False, "still accepted; plan to stop passing it before it is removed"),
    "body-added-required": (True, True, "a new required body argument"),
    "body-added-optional": (False, False, "a new optional body argument"),
    "body-removed": (True, True, "calls passing a body fail"),
    "body-now-required": (True, True, "calls without a body fail"),
    "body-now-optional": (False, False, "the body argument gains a default"),
    "body-changed": (True, True, "media type or body model changed: the argument's type changes"),
    "status-added-success": (True, True, "the return type gains another success model"),
    "status-added-error": (False, False, "another documented error answer (raised as a typed error)"),
    "status-removed-success": (True, True, ("that success answer is no longer parsed: the return type loses its "
                                            "model and the client raises UnexpectedStatus for it")),
    "status-removed-error": (True, True, ("that answer now raises UnexpectedStatus instead of its typed error "
                                          "(an `except NotFound` no longer catches it; its body is not parsed)")),
    "response-changed": (True, True, "the model returned for this status changed"),
    "response-header-removed": (False, True, ("a header the answer always carried is no longer promised: code "
                                              "reading it (rate-limit resets, say) finds it missing")),
    "response-header-now-optional": (False, True, "the header may now be missing from the answer"),
    "response-optional-header-removed": (False, False, ("it was never promised; code reading it already had to "
                                                        "handle its absence")),
    "schema-added": (False, False, "a new model class"),
    "schema-removed": (True, True, "its model class disappears: imports fail"),
    "field-added-required": (True, False, "request: a new required constructor argument; response: a new attribute"),
    "field-added-optional": (False, False, "a new optional attribute"),
    "field-removed": (True, True, "the attribute or constructor argument disappears"),
    "field-now-required": (True, False, "request: callers must now set it; response: it is now always present"),
    "field-now-optional": (False, True, "response: the attribute may now be Unset; request: it may be left out"),
    "field-type-changed": (True, True, "the attribute's type changes"),
    "field-nullable-added": (False, True, "response: the attribute may now be None"),
    "field-nullable-removed": (True, False, "request: callers passing None fail"),
    "field-deprecated": (False, False, "still generated and sent; plan to stop using it before it is removed"),
    "enum-value-added": (False, True, "request: a new choice; response: exhaustive handling of the enum breaks"),
    "enum-value-removed": (True, True, "the enum member disappears; the server may still send or refuse it"),
    "constraint-tightened": (True, False, ("request: values callers sent before may now be refused; response: "
                                           "what comes back stays within the old bounds")),
    "constraint-loosened": (False, True, ("request: more values are accepted; response: values outside the old "
                                          "bounds may now come back (checks, column widths and ranges built on "
                                         "them may not hold)")),
    "constraint-changed": (True, True, ("the pattern changed: values matching the old one may be refused "
                                        "(request) or values not matching it may come back (response)")),
    "default-changed": (True, False, ("request: a call that leaves it out now gets another value (the generated "
                                      "argument's default or the server's); response: the attribute's type is the "
                                     "same")),
    "default-added": (False, False, "a default is now documented for a value that could already be left out"),
}

LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")


def constraint_changes(old: Field, new: Field) -> list[tuple[str, str, str]]:
    """``(kind, keyword, detail)`` for each constraint that differs between two versions of a field: a lower
    bound raised or added, an upper bound lowered or added, or a pattern added tightens; the reverse loosens;
    a pattern replaced by another changes."""
    before, after = dict(old.constraints), dict(new.constraints)
    found = []
    for keyword in sorted(set(before) | set(after)):
        was, now = before.get(keyword), after.get(keyword)
        if was == now:
            continue
        detail = f"{keyword} {_show(was)} -> {_show(now)}"
        if keyword == "pattern":
            kind = "constraint-tightened" if was is None else "constraint-loosened" if now is None else \
                "constraint-changed"
        elif was is None or now is None:
            kind = "constraint-tightened" if was is None else "constraint-loosened"
        else:
            narrower = now > was if keyword in LOWER_BOUNDS else now < was
            kind = "constraint-tightened" if narrower else "constraint-loosened"
        found.append((kind, keyword, detail))
    return found


def default_change(old: Field, new: Field) -> tuple[str, str] | None:
    """``(kind, detail)`` when the default differs, else None."""
    if old.default == new.default:
        return None
    detail = f"default {old.default or 'none'} -> {new.default or 'none'}"
    return ("default-added" if old.default is None else "default-changed"), detail


def _show(value: Any) -> str:
    return "none" if value is None else repr(value) if isinstance(value, str) else str(value)

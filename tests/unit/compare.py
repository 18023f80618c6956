"""Comparing the fast parser's results with the stock generated parser's, for the property tests."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import attrs


def same(stock: Any, fast: Any, where: str = "$") -> None:
    """Identical values: same types at every level, floats by their bits, dict keys in the same order, except
    a model's ``additional_properties`` (the members the spec does not name): msgspec does not tell the fast
    parse where an unnamed member stood among the others, so those keys are compared as a set."""
    assert type(stock) is type(fast), f"{where}: {type(stock).__name__} vs {type(fast).__name__}"
    if attrs.has(type(stock)):
        for field in attrs.fields(type(stock)):
            same(getattr(stock, field.name), getattr(fast, field.name), f"{where}.{field.name}")
    elif isinstance(stock, list):
        assert len(stock) == len(fast), where
        for n, (a, b) in enumerate(zip(stock, fast, strict=True)):
            same(a, b, f"{where}[{n}]")
    elif isinstance(stock, dict):
        if where.endswith(".additional_properties"):
            assert set(stock) == set(fast) and len(stock) == len(fast), where
        else:
            assert list(stock) == list(fast), where
        for key in stock:
            same(stock[key], fast[key], f"{where}[{key!r}]")
    elif isinstance(stock, float):
        assert math.copysign(1, stock) == math.copysign(1, fast) and (stock == fast or math.isnan(stock) and math.isnan(fast)), where
    elif isinstance(stock, dt.datetime):
        assert stock == fast and stock.replace(tzinfo=None) == fast.replace(tzinfo=None), where
        assert (stock.utcoffset(), stock.tzinfo) == (fast.utcoffset(), fast.tzinfo), where
    else:
        assert stock == fast, where


def outcome(run: Any) -> Any:
    try:
        return run()
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # the stock parser's errors are behaviour
        return type(exc)

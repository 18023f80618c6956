"""The client-side request budget against a frozen clock."""

from __future__ import annotations

import pytest
from affiliate_clients.http.budget import Rate, RequestBudget


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_paced() -> None:
    clock = Clock()
    budget = RequestBudget(Rate(10, 10.0, burst=3), clock=clock, headroom=0.0)
    assert [budget.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert budget.reserve() == pytest.approx(1.0)
    assert budget.reserve() == pytest.approx(2.0)
    clock.now += 2.0
    assert budget.reserve() == pytest.approx(1.0)


def test_documented_actions_budget_allows_500_an_hour() -> None:
    clock = Clock()
    budget = RequestBudget(Rate(500, 3600), clock=clock, headroom=0.0)
    waits = [budget.reserve() for _ in range(501)]
    assert waits[:500] == [0.0] * 500
    assert waits[500] == pytest.approx(3600 / 500)


def test_server_pause_holds_every_request() -> None:
    clock = Clock()
    budget = RequestBudget(Rate(100, 1.0), clock=clock, headroom=0.0)
    budget.pause(30.0)
    assert budget.reserve() == pytest.approx(30.0)
    clock.now += 31.0
    assert budget.reserve() == 0.0


def test_headroom_keeps_a_paced_client_just_behind_the_server() -> None:
    clock = Clock()
    budget = RequestBudget(Rate(60, 60.0), clock=clock)  # default headroom 2 %
    assert budget.reserve(30) == 0.0
    assert budget.reserve(30) == pytest.approx(1.2)  # 61.2 tokens asked of 60: 1.2 s at 1 token/s


def test_weighted_cost_and_impossible_cost() -> None:
    budget = RequestBudget(Rate(10, 1.0), clock=Clock(), headroom=0.0)
    assert budget.reserve(10) == 0.0
    assert budget.reserve(5) == pytest.approx(0.5)
    with pytest.raises(ValueError, match="never fit"):
        budget.reserve(11)


def test_rate_validation() -> None:
    with pytest.raises(ValueError):
        Rate(0, 1.0)

"""``affiliate-clients land-accounts impact actions``: the accounts file, the input it refuses before any
cluster start or request, and a run against 4 impact sandboxes on one 2-process LocalCluster (started once for
the module) given as ``--scheduler``: the table equals the ground truth, a second run skips every partition.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import dask
import pytest
from affiliate_clients.cli import app
from affiliate_clients.http.budget import Rate
from affiliate_clients.impact.client import ACTIONS_RATE, BASE_URL
from affiliate_clients.pull.landing import scale, scale_partnerize, scale_runner
from affiliate_clients.pull.landing.accounts import AccountSpec, BadInput, PublisherSpec, check_range, check_scheduler
from affiliate_clients.pull.landing.roster import FIELDS, PARTNERIZE_PUBLISHERS, read_accounts, read_publishers
from affiliate_clients.sandbox.impact import AUTH_TOKEN
from dask.distributed import LocalCluster
from typer.testing import CliRunner

from .dask_support import ACCOUNTS, BURST, PAGE, PER_SECOND, RECORDS, Sandboxes, served_sandboxes
from .landing_support import action_table

SECRET = "tok-Secret-9f3a"          # a token that must never be printed
RECENT = (dt.datetime.now(dt.UTC) - dt.timedelta(days=30)).date().isoformat()
runner = CliRunner(env={"COLUMNS": "300"})   # error panels wide enough not to fold a path


# -- the accounts file (no cluster) --------------------------------------------------------------------------

TOML = '''
[[accounts]]
name = "brand-a"
account_sid = "IR111"
auth_token_env = "BRAND_A_TOKEN"

[[accounts]]
account_sid = "IR222"
auth_token_env = "BRAND_B_TOKEN"
base_url = "http://127.0.0.1:9000"
rate = { requests = 2, per_seconds = 1, burst = 1 }

[[accounts]]
name = "brand-c"
account_sid = "IR222"
auth_token_env = "BRAND_A_TOKEN"
rate = false
'''
ENVIRON = {"BRAND_A_TOKEN": SECRET, "BRAND_B_TOKEN": "tok-b"}
EXPECTED = [AccountSpec("IR111", SECRET, name="brand-a"),
            AccountSpec("IR222", "tok-b", base_url="http://127.0.0.1:9000", rate=Rate(2, 1.0, burst=1)),
            AccountSpec("IR222", SECRET, rate=None, name="brand-c")]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_toml_file_gives_the_accounts_with_tokens_from_the_environment(tmp_path: Path) -> None:
    specs = read_accounts(_write(tmp_path / "accounts.toml", TOML), ENVIRON)
    assert specs == EXPECTED
    assert specs[0].base_url == BASE_URL and specs[0].rate == ACTIONS_RATE
    assert SECRET not in repr(specs)


def test_a_json_file_of_the_same_shape_gives_the_same_accounts(tmp_path: Path) -> None:
    accounts = [{"name": "brand-a", "account_sid": "IR111", "auth_token_env": "BRAND_A_TOKEN"},
                {"account_sid": "IR222", "auth_token_env": "BRAND_B_TOKEN", "base_url": "http://127.0.0.1:9000",
                 "rate": {"requests": 2, "per_seconds": 1, "burst": 1}},
                {"name": "brand-c", "account_sid": "IR222", "auth_token_env": "BRAND_A_TOKEN", "rate": None}]
    path = _write(tmp_path / "accounts.json", json.dumps({"accounts": accounts}))
    assert read_accounts(path, ENVIRON) == EXPECTED


def test_the_file_fields_are_the_account_spec_fields_with_the_token_by_variable_name() -> None:
    assert FIELDS == ("account_sid", "auth_token_env", "base_url", "rate", "name")


ONE = '[[accounts]]\naccount_sid = "IR1"\nauth_token_env = "BRAND_A_TOKEN"\n'


@pytest.mark.parametrize(("text", "expected"), [
    (ONE + f'auth_token = "{SECRET}"\n', "the auth_token must not be in the file; put it in an environment variable"),
    (ONE + 'token_env = "X"\n', "unknown field(s) 'token_env'; the fields are account_sid, auth_token_env"),
    ('[[accounts]]\nauth_token_env = "BRAND_A_TOKEN"\n', "accounts[0]: missing account_sid"),
    ('[[accounts]]\naccount_sid = "IR1"\n', "missing auth_token_env"),
    (ONE.replace("BRAND_A_TOKEN", "NOT_EXPORTED"), "the environment variable NOT_EXPORTED is not set; export it"),
    (ONE.replace("BRAND_A_TOKEN", "EMPTY_TOKEN"), "the environment variable EMPTY_TOKEN is empty"),
    # A value that is no variable name (or does not look like one) may be the token pasted in: never repeated.
    (ONE.replace("BRAND_A_TOKEN", SECRET), "must be the name of an environment variable"),
    (ONE.replace("BRAND_A_TOKEN", "tokSecret9f3a"), "the environment variable named by auth_token_env is not set"),
    (ONE + 'base_url = "http://api.impact.com"\n', "base_url: must be https://"),
    (ONE + "rate = { requests = 0, per_seconds = 1 }\n", "rate.requests and rate.burst must be whole numbers"),
    (ONE + "rate = { requests = 5, per_seconds = 0 }\n", "rate.per_seconds must be a number of seconds above 0"),
    (ONE + "rate = { requests = 5, per = 1 }\n", "unknown field(s) 'per'"),
    (ONE + 'rate = "fast"\n', "rate must be a table {requests = 500, per_seconds = 3600}"),
    (ONE + ONE, "accounts[0] and accounts[1] are both named 'IR1'"),
    ("accounts = []\n", "lists no accounts; add one"),
    ('[[account]]\naccount_sid = "IR1"\n', "must hold one list named accounts and nothing else"),
    (f'[[accounts]]\naccount_sid = "IR1"\nauth_token_env = {SECRET}\n', "is not valid TOML: Invalid value"),
])
def test_a_bad_accounts_file_says_what_to_fix_and_never_shows_a_token(tmp_path: Path, text: str,
                                                                     expected: str) -> None:
    with pytest.raises(BadInput) as caught:
        read_accounts(_write(tmp_path / "accounts.toml", text), {**ENVIRON, "EMPTY_TOKEN": ""})
    assert expected in str(caught.value)
    assert caught.value.option == "--accounts"
    assert SECRET not in str(caught.value) and "tokSecret9f3a" not in str(caught.value)


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("missing.toml", None, "missing.toml does not exist; create it listing the accounts"),
    ("accounts.yaml", ONE, "name the accounts file .toml or .json (got .yaml)"),
    ("accounts.json", '{"accounts": [', "is not valid JSON: Expecting value at line 1, column 15"),
])
def test_a_missing_or_unreadable_accounts_file_is_refused(tmp_path: Path, name: str, text: str | None,
                                                         expected: str) -> None:
    path = tmp_path / name if text is None else _write(tmp_path / name, text)
    with pytest.raises(BadInput) as caught:
        read_accounts(path, ENVIRON)
    assert expected in str(caught.value)


@pytest.mark.parametrize("address", ["tcp://10.0.0.5:8786", "tls://scheduler.internal:8786", "tcp://[::1]:8786"])
def test_a_scheduler_address_is_tcp_host_port(address: str) -> None:
    assert check_scheduler(address) == address


@pytest.mark.parametrize("address", ["10.0.0.5:8786", "tcp://10.0.0.5", "http://10.0.0.5:8786", "tcp://:8786",
                                     "tcp://10.0.0.5:port", "tcp://10.0.0.5:8786/x", "tcp://u:pw@10.0.0.5:8786"])
def test_a_bad_scheduler_address_is_refused_with_the_expected_form(address: str) -> None:
    with pytest.raises(BadInput, match=r"expected tcp://HOST:PORT \(e.g. tcp://10.0.0.5:8786\)") as caught:
        check_scheduler(address)
    assert "pw" not in str(caught.value)


def test_since_after_until_or_beyond_three_years_is_refused() -> None:
    now = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    check_range(now - dt.timedelta(days=30), now, now)
    with pytest.raises(BadInput, match="is after --until .*; give a --since before --until"):
        check_range(now, now - dt.timedelta(days=1), now)
    with pytest.raises(BadInput, match="at most 3 years back: give a --since on or after 2023-06-02"):
        check_range(now - dt.timedelta(days=3 * 365 + 1), now, now)


# -- the command refusing bad input (no cluster) -------------------------------------------------------------

class ClusterStarted(AssertionError):
    pass


@pytest.fixture
def no_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to start or reach a cluster fails the test."""
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise ClusterStarted("a cluster was started although the input was bad")
    monkeypatch.setattr(scale_runner, "cluster_client", refuse)
    monkeypatch.setattr(scale, "land_accounts", refuse)
    monkeypatch.setattr(scale_partnerize, "land_publishers", refuse)


def _argv(tmp_path: Path, accounts: Path, *extra: str, since: str = RECENT) -> list[str]:
    return ["land-accounts", "impact", "actions", "--accounts", str(accounts), "--since", since,
            "--to", f"duckdb:{tmp_path / 'x.duckdb'}", "--work-dir", str(tmp_path / "work"), "--no-progress", *extra]


@pytest.mark.parametrize(("file", "extra", "expected"), [
    ("missing.toml", (), "missing.toml does not exist"),
    ("accounts.toml", ("--until", "2024-12-31"), f"--since {RECENT} 00:00:00+0000 is after --until 2024-12-31"),
    ("accounts.toml", ("--scheduler", "localhost:8786"), "expected tcp://HOST:PORT"),
    ("accounts.toml", ("--scheduler", "tcp://127.0.0.1:8786", "--workers", "3"), "drop one of the two"),
    ("accounts.toml", ("--page-size", "100"), "pages of at least 2,000 actions"),
    ("unknown.toml", (), "unknown field(s) 'secret'"),
    ("unset.toml", (), "the environment variable NOT_EXPORTED is not set"),
])
def test_the_command_refuses_bad_input_before_any_cluster_or_request(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_cluster: None, file: str, extra: tuple[str, ...],
        expected: str) -> None:
    monkeypatch.setenv("BRAND_A_TOKEN", SECRET)
    monkeypatch.delenv("NOT_EXPORTED", raising=False)
    _write(tmp_path / "accounts.toml", ONE)
    _write(tmp_path / "unknown.toml", ONE + f'secret = "{SECRET}"\n')
    _write(tmp_path / "unset.toml", ONE.replace("BRAND_A_TOKEN", "NOT_EXPORTED"))
    result = runner.invoke(app, _argv(tmp_path, tmp_path / file, *extra))
    assert result.exit_code == 2, result.output
    assert expected in " ".join(result.output.replace("│", " ").split()), result.output
    assert SECRET not in result.output
    assert not (tmp_path / "work").exists()


def test_another_stream_or_an_unknown_destination_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             no_cluster: None) -> None:
    monkeypatch.setenv("BRAND_A_TOKEN", SECRET)
    argv = _argv(tmp_path, _write(tmp_path / "accounts.toml", ONE))
    other = runner.invoke(app, [*argv[:1], "partnerize", "clicks", *argv[3:]])
    assert other.exit_code == 2 and "partnerize clicks cannot be landed over many accounts" in other.output
    assert "the streams are: impact actions, partnerize conversions" in " ".join(other.output.replace("│", " ").split())
    crossed = runner.invoke(app, [*argv[:1], "partnerize", "conversions", *argv[3:]])   # an impact file
    assert crossed.exit_code == 2 and "must hold one list named publishers" in crossed.output
    unknown = runner.invoke(app, [*argv[:7], "--to", "nosuchdestination", *argv[9:]])
    assert unknown.exit_code == 2, unknown.output
    assert "error: --to: dlt knows no destination 'nosuchdestination'" in unknown.output
    assert "give duckdb:FILE, or a dlt destination name" in unknown.output


def test_without_the_dask_extra_the_command_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  no_cluster: None) -> None:
    monkeypatch.setenv("BRAND_A_TOKEN", SECRET)
    monkeypatch.setitem(sys.modules, "dask.distributed", None)   # as if dask[distributed] were not installed
    result = runner.invoke(app, _argv(tmp_path, _write(tmp_path / "accounts.toml", ONE)))
    assert result.exit_code == 2
    assert "this command needs the dask extra: pip install 'affiliate-clients[dask]'" in result.output


def test_an_unreachable_scheduler_is_reported_without_a_traceback(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRAND_A_TOKEN", SECRET)
    # A port bound but not listening: every connection attempt is refused until the (shortened) timeout.
    with socket.socket() as closed, dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        closed.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{closed.getsockname()[1]}"
        result = runner.invoke(app, _argv(tmp_path, _write(tmp_path / "accounts.toml", ONE), "--scheduler", address))
    assert result.exit_code == 2, result.output
    assert f"error: could not reach the Dask scheduler at {address}" in result.output
    assert "Traceback" not in result.output and SECRET not in result.output


# -- end to end: 4 sandboxes, one 2-process cluster --------------------------------------------------------

@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as started:
        yield started


@pytest.fixture
def sandboxes() -> Iterator[Sandboxes]:
    with served_sandboxes() as served:
        yield served


def _accounts_file(path: Path, sandboxes: Sandboxes, monkeypatch: pytest.MonkeyPatch, token: str = AUTH_TOKEN) -> Path:
    """The sandboxes' accounts as a TOML file, each token in its own environment variable."""
    entries = []
    for i, account in enumerate(sandboxes.accounts):
        monkeypatch.setenv(f"IMPACT_TOKEN_{i}", token)
        entries.append(f'[[accounts]]\nname = "{account.name}"\naccount_sid = "{account.account_sid}"\n'
                       f'auth_token_env = "IMPACT_TOKEN_{i}"\nbase_url = "{account.base_url}"\n'
                       f"rate = {{ requests = {PER_SECOND}, per_seconds = 1, burst = {BURST} }}\n")
    return _write(path, "\n".join(entries))


def test_the_command_lands_four_accounts_on_a_given_cluster_and_a_rerun_skips_everything(
        cluster: LocalCluster, sandboxes: Sandboxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    accounts = _accounts_file(tmp_path / "accounts.toml", sandboxes, monkeypatch)
    assert read_accounts(accounts) == sandboxes.accounts        # the file says what the Python API test says
    db, work = tmp_path / "dask.duckdb", tmp_path / "work"
    argv = ["land-accounts", "impact", "actions", "--accounts", str(accounts), "--since", sandboxes.start.isoformat(),
            "--until", sandboxes.end.isoformat(), "--to", f"duckdb:{db}", "--work-dir", str(work),
            "--scheduler", cluster.scheduler_address, "--page-size", str(PAGE), "--pipelines-dir",
            str(tmp_path / "pipelines")]
    partitions = ACCOUNTS * 5

    first = runner.invoke(app, argv)                           # with the progress bar
    assert first.exit_code == 0, first.output
    assert action_table(db) == sandboxes.truth()
    requests, refused = sandboxes.requests()
    assert f"{partitions} partitions: {partitions} ran, 0 skipped (already in {work}); {requests:,} requests " \
           f"({refused} x 429); {ACCOUNTS * RECORDS:,} rows written" in first.output, first.output
    assert f"merged {ACCOUNTS * RECORDS:,} rows into actions at duckdb:{db}" in first.output
    assert f"{partitions}/{partitions}" in first.output          # the bar's last state: every partition done
    assert refused <= 0.01 * requests, (refused, requests)
    assert AUTH_TOKEN not in first.output

    second = runner.invoke(app, [*argv, "--no-progress"])
    assert second.exit_code == 0, second.output
    assert f"{partitions} partitions: 0 ran, {partitions} skipped (already in {work}); 0 requests (0 x 429); " \
           "0 rows written" in second.output, second.output
    assert sandboxes.requests() == (requests, refused)          # no request reached any server
    assert action_table(db) == sandboxes.truth()


def test_a_wrong_token_fails_the_run_naming_the_partition_and_loads_nothing(
        cluster: LocalCluster, sandboxes: Sandboxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    accounts = _accounts_file(tmp_path / "accounts.toml", sandboxes, monkeypatch, token=SECRET)
    db = tmp_path / "dask.duckdb"
    day = sandboxes.end - dt.timedelta(days=10)                 # one window: one partition per account
    result = runner.invoke(app, ["land-accounts", "impact", "actions", "--accounts", str(accounts),
                                 "--since", day.isoformat(), "--until", (day + dt.timedelta(days=1)).isoformat(),
                                 "--to", f"duckdb:{db}", "--work-dir", str(tmp_path / "work"),
                                 "--scheduler", cluster.scheduler_address, "--retries", "0", "--no-progress",
                                 "--pipelines-dir", str(tmp_path / "pipelines")])
    assert result.exit_code == 2, result.output
    assert f"error: {ACCOUNTS} partition(s) failed, nothing loaded: account0/" in result.output
    assert "Unauthorized" in result.output and "run the same command again to retry only those" in result.output
    assert SECRET not in result.output
    assert not db.exists()
    assert not list((tmp_path / "work").rglob("*.parquet"))


# -- Partnerize publishers: the same roster rules, two keys by variable name ------------------------------------

PUBLISHERS_TOML = ('[[publishers]]\npublisher_id = "1l1007802"\napplication_key_env = "PZ_APP"\n'
                   'user_api_key_env = "PZ_USER"\nname = "agency-a"\n'
                   '[[publishers]]\npublisher_id = "1l1007802"\napplication_key_env = "PZ_APP"\n'
                   'user_api_key_env = "PZ_USER_B"\nname = "agency-b"\nbase_url = "http://127.0.0.1:9000"\n'
                   "rate = { requests = 10, per_seconds = 1 }\n")
PZ_ENV = {"PZ_APP": "app-key-1", "PZ_USER": SECRET, "PZ_USER_B": "user-b"}


def test_a_publishers_file_gives_publishers_with_both_keys_from_the_environment(tmp_path: Path) -> None:
    got = read_publishers(_write(tmp_path / "publishers.toml", PUBLISHERS_TOML), PZ_ENV)
    assert got == [PublisherSpec("1l1007802", "app-key-1", SECRET, name="agency-a"),
                   PublisherSpec("1l1007802", "app-key-1", "user-b", base_url="http://127.0.0.1:9000",
                                 rate=Rate(10, 1.0), name="agency-b")]
    assert PARTNERIZE_PUBLISHERS.fields == ("publisher_id", "application_key_env", "user_api_key_env", "base_url",
                                            "rate", "name")


PZ_ONE = '[[publishers]]\npublisher_id = "1l1"\napplication_key_env = "PZ_APP"\nuser_api_key_env = "PZ_USER"\n'


@pytest.mark.parametrize(("text", "expected"), [
    (PZ_ONE + f'user_api_key = "{SECRET}"\n', "the user_api_key must not be in the file; put it in an environment"),
    ('[[publishers]]\npublisher_id = "1l1"\napplication_key_env = "PZ_APP"\n', "missing user_api_key_env"),
    (PZ_ONE.replace('"PZ_USER"', '"PZ_UNSET"'),
     "the environment variable PZ_UNSET is not set; export it with the Partnerize user API key"),
    (PZ_ONE.replace('"PZ_USER"', f'"{SECRET}"'), "user_api_key_env must be the name of an environment variable"),
    (PZ_ONE + PZ_ONE, "publishers[0] and publishers[1] are both named '1l1'"),
    (ONE, "must hold one list named publishers and nothing else"),
])
def test_a_bad_publishers_file_says_what_to_fix_and_never_shows_a_key(tmp_path: Path, text: str,
                                                                      expected: str) -> None:
    with pytest.raises(BadInput) as caught:
        read_publishers(_write(tmp_path / "publishers.toml", text), PZ_ENV)
    assert expected in str(caught.value)
    assert SECRET not in str(caught.value)


def test_partnerize_pages_hold_at_most_300_conversions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       no_cluster: None) -> None:
    for name, value in PZ_ENV.items():
        monkeypatch.setenv(name, value)
    argv = _argv(tmp_path, _write(tmp_path / "publishers.toml", PZ_ONE), "--page-size", "500")
    result = runner.invoke(app, [*argv[:1], "partnerize", "conversions", *argv[3:]])
    assert result.exit_code == 2 and "Partnerize reports take 1 to 300 conversions a page" in result.output
    assert not (tmp_path / "work").exists()


# -- issue 17: a budget paces requests, not windows; a refused token stops its account; stable names --------------

PACE = Rate(2, 3.0, burst=2)        # a scaled budget: 2 at once, then one request every 1.5 s


@pytest.fixture
def paced_sandboxes() -> Iterator[list[Any]]:
    """4 impact sandboxes whose server-side limit is exactly :data:`PACE`: any request beyond it is a 429."""
    from affiliate_clients.sandbox.common.config import SandboxConfig
    from affiliate_clients.sandbox.common.serve import ServerThread
    from affiliate_clients.sandbox.impact import create_app

    apps = [create_app(SandboxConfig(records=1_000, seed=60 + i, rate_per_second=PACE.per_second,
                                     burst=PACE.capacity)) for i in range(ACCOUNTS)]
    with ExitStack() as stack:
        yield [(app_, stack.enter_context(ServerThread(app_))) for app_ in apps]


def test_an_account_budget_paces_its_requests_across_windows_and_workers(
        cluster: LocalCluster, paced_sandboxes: list[Any], tmp_path: Path) -> None:
    from affiliate_clients.sandbox.impact import ACCOUNT_SID

    accounts = [AccountSpec(ACCOUNT_SID, AUTH_TOKEN, base_url=server.base_url, rate=PACE, name=f"paced{i}")
                for i, (_, server) in enumerate(paced_sandboxes)]
    anchor = paced_sandboxes[0][0].state.actions.anchor
    start, end = anchor - dt.timedelta(days=6 * 45 - 1), anchor
    waits: list[tuple[str, float]] = []
    began = time.monotonic()
    summary = scale.land_accounts(accounts, start, end, f"duckdb:{tmp_path / 'p.duckdb'}", tmp_path / "work",
                                  cluster.scheduler_address, page_size=PAGE, pipelines_dir=tmp_path / "pipelines",
                                  on_wait=lambda account, until: waits.append((account, until)))
    elapsed = time.monotonic() - began
    assert summary.partitions == ACCOUNTS * 6 and summary.ran == summary.partitions
    per_account = [app_.state.stats.requests for app_, _ in paced_sandboxes]
    assert sum(app_.state.stats.rate_limited for app_, _ in paced_sandboxes) == 0     # never above the budget
    assert all(n >= 6 for n in per_account)
    # Paced per request: 2 at once, then 1.5 s each, whichever window they belong to (pacing windows by a refill
    # of the budget would take 5 x 3 s per account); two accounts at a time on the two workers.
    expected = ACCOUNTS / 2 * (max(per_account) - PACE.capacity) / PACE.per_second
    assert elapsed < expected + 20, (elapsed, expected)
    assert {account for account, _ in waits} == {a.key for a in accounts}      # every wait was shown, by account
    assert summary.waited > 0


def test_a_refused_token_stops_its_account_at_the_first_window(
        cluster: LocalCluster, sandboxes: Sandboxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    accounts = _accounts_file(tmp_path / "accounts.toml", sandboxes, monkeypatch, token=SECRET)
    result = runner.invoke(app, ["land-accounts", "impact", "actions", "--accounts", str(accounts),
                                 "--since", sandboxes.start.isoformat(), "--until", sandboxes.end.isoformat(),
                                 "--to", f"duckdb:{tmp_path / 'x.duckdb'}", "--work-dir", str(tmp_path / "work"),
                                 "--scheduler", cluster.scheduler_address, "--no-progress"])
    assert result.exit_code == 2, result.output
    assert sandboxes.requests() == (ACCOUNTS, 0)                 # one request per account, then it stopped
    line = result.output.strip().splitlines()[-1]
    assert line.startswith(f"error: {ACCOUNTS * 5} partition(s) failed") and "Unauthorized" in line
    assert f"{ACCOUNTS * 4} more not tried (their account's credentials were refused)" in line
    assert "Compute Failed" not in result.output and SECRET not in result.output


def test_window_names_are_stable_and_aligned() -> None:
    from affiliate_clients.cli_land import last_whole_day

    account = AccountSpec("IR1", "t", name="a")
    since, until = dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2026, 6, 30, 23, 59, 59, tzinfo=dt.UTC)
    names = [p.name for p in scale.plan_partitions([account], since, until)]
    assert names == [p.name for p in scale.plan_partitions([account], since, until)]
    bounds = [name.split("/")[1].split("_") for name in names]
    assert bounds[0][0] == "20260101T000000" and bounds[-1][1] == "20260701T000000"
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))   # no drift by a second
    windows = [p.window for p in scale.plan_partitions([account], since, until)]
    assert windows[0].end == dt.datetime(2026, 2, 14, 23, 59, 59, tzinfo=dt.UTC)   # impact's inclusive end
    assert all(b.start - a.end == dt.timedelta(seconds=1) for a, b in itertools.pairwise(windows))
    morning, evening = (dt.datetime(2026, 12, 4, h, 7, tzinfo=dt.UTC) for h in (1, 23))
    assert last_whole_day(morning) == last_whole_day(evening) == dt.datetime(2026, 12, 3, 23, 59, 59, tzinfo=dt.UTC)

"""A landing reaches nothing beyond loopback and writes nothing to ~/.dlt or /var/dlt: dlt's telemetry is off and
its data folder a temporary one, in the tests (tests/conftest.py sets both) and in the demo (which sets both
itself). Each run happens in a fresh interpreter with HOME pointed at a temporary folder; a Python audit hook
records every name looked up, every connection and every file opened for writing or folder made, and the run
asks dlt whether its anonymous tracker was started."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dlt")

LOOPBACK = ("127.0.0.1", "localhost", "::1", "testserver")

PROBE = textwrap.dedent('''
    import atexit, json, os, sys

    seen = {"lookups": [], "connects": [], "writes": []}
    WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

    def where(path):
        return os.path.abspath(os.fsdecode(path))

    def hook(event, args):
        if event == "socket.getaddrinfo":
            seen["lookups"].append(str(args[0]))
        elif event == "socket.connect":
            seen["connects"].append(repr(args[1]))
        elif event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            mode, flags = args[1], args[2] or 0
            if (mode and any(c in mode for c in "wax+")) or flags & WRITING:
                seen["writes"].append(where(args[0]))
        elif event in ("os.mkdir", "os.rename", "os.replace") and isinstance(args[0], (str, bytes, os.PathLike)):
            seen["writes"].append(where(args[0] if event == "os.mkdir" else args[1]))

    def note_tracker():
        """Whether dlt's anonymous tracker runs (it is stopped at exit, so asked right after the landing)."""
        from dlt.common.runtime import anon_tracker
        seen["tracker"] = anon_tracker._ANON_TRACKER_ENDPOINT

    def report():
        with open(os.environ["PROBE_OUT"], "w") as out:   # opened after the hook's last word
            json.dump(seen, out)

    atexit.register(report)   # registered first, so it runs after dlt's own exit handlers (which send)
    sys.addaudithook(hook)
''')


def _run(tmp_path: Path, body: str, env: dict[str, str]) -> dict[str, Any]:
    home = tmp_path / "home"
    home.mkdir()
    env = {**env, "HOME": str(home), "PROBE_OUT": str(tmp_path / "probe.json"), "PYTHONDONTWRITEBYTECODE": "1"}
    script = tmp_path / "probe.py"
    script.write_text(PROBE + textwrap.dedent(body), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=240, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    seen: dict[str, Any] = json.loads((tmp_path / "probe.json").read_text())
    seen["home"] = str(home)
    return seen


def _assert_offline(seen: dict[str, Any]) -> None:
    assert "tracker" in seen and seen["tracker"] is None, f"dlt's telemetry started, reporting to {seen['tracker']}"
    assert [host for host in seen["lookups"] if host not in LOOPBACK] == []
    assert [address for address in seen["connects"] if not any(h in address for h in LOOPBACK)] == []
    forbidden = (os.path.join(seen["home"], ".dlt"), "/var/dlt")
    assert [path for path in seen["writes"] if path.startswith(forbidden)] == []
    outside = [path for path in seen["writes"] if not path.startswith(tempfile.gettempdir()) and path != "/dev/null"]
    assert outside == [], "written outside the temporary folders"
    assert not (Path(seen["home"]) / ".dlt").exists()


def test_a_cli_landing_under_the_test_environment_stays_offline(tmp_path: Path) -> None:
    # The environment tests/conftest.py set for this session, as every CLI run and worker of a test inherits it.
    assert os.environ["RUNTIME__DLTHUB_TELEMETRY"] == "false"
    assert os.environ["DLT_DATA_DIR"].startswith(tempfile.gettempdir())
    seen = _run(tmp_path, f'''
        import sys
        from affiliate_clients.cli import app
        db = {str(tmp_path / "try.duckdb")!r}
        try:
            app(["pull", "impact", "actions", "--sandbox", "--sandbox-records", "2000", "--to", "duckdb:" + db,
                 "--no-progress"])
        except SystemExit as exc:
            assert not exc.code, exc.code
        note_tracker()
    ''', dict(os.environ))
    assert any(path.endswith("try.duckdb") for path in seen["writes"]) or (tmp_path / "try.duckdb").exists()
    _assert_offline(seen)


def test_the_demo_landing_stays_offline_by_itself(tmp_path: Path) -> None:
    bare = {k: v for k, v in os.environ.items() if k not in ("RUNTIME__DLTHUB_TELEMETRY", "DLT_DATA_DIR")}
    seen = _run(tmp_path, '''
        import os
        from affiliate_clients.demo import landing
        assert landing.run()["ok"]
        note_tracker()
        assert "RUNTIME__DLTHUB_TELEMETRY" not in os.environ and "DLT_DATA_DIR" not in os.environ  # restored
    ''', bare)
    _assert_offline(seen)

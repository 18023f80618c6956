"""7. Import time: what a user's first ``import`` costs, in fresh interpreters, as a ratio to ``import httpx``.

Every contender is a new ``python -c`` process (interpreter start-up included, the same for all), timed in
interleaved rounds, best of 7, after one warm-up run each. Bytecode is cached as for an installed package (pip
compiles a wheel's modules on install), in a temporary ``PYTHONPYCACHEPREFIX`` shared by all contenders: the
repository's modules would otherwise be compiled on every run where ``PYTHONDONTWRITEBYTECODE`` is set. ``import affiliate_clients`` loads nothing until a name is used (PEP 562); a
vendor client loads its own overlay, its generated package and the models its operations name (the generated
``models`` packages import a model on first use), never the other vendors.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable

from .conftest import Recorder
from .timing import best_of

ROUNDS = 7
TARGET = 2.0  # each import at most twice ``import httpx``
CONTENDERS = {
    "bare": "pass",
    "httpx": "import httpx",
    "package": "import affiliate_clients",
    "ImpactClient": "from affiliate_clients import ImpactClient",
    "PartnerizeClient": "from affiliate_clients import PartnerizeClient",
    "InvocaClient": "from affiliate_clients import InvocaClient",
    "SpaazaClient": "from affiliate_clients import SpaazaClient",
}


def _fresh(statement: str, cwd: str, env: dict[str, str]) -> Callable[[], None]:
    def run() -> None:
        subprocess.run([sys.executable, "-c", statement], cwd=cwd, env=env, check=True)
    return run


def test_import_time_against_httpx(record: Recorder) -> None:
    with tempfile.TemporaryDirectory() as cwd:  # nothing of the repository's on the path but the install
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
        env["PYTHONPYCACHEPREFIX"] = cwd
        contenders = {name: _fresh(statement, cwd, env) for name, statement in CONTENDERS.items()}
        for warm_up in contenders.values():
            warm_up()
        times = best_of(contenders, rounds=ROUNDS)
    httpx_s = times["httpx"]

    def figure(name: str) -> str:
        return (f"{times[name] / httpx_s:.2f}× ({times[name] * 1000:.0f} ms vs import httpx {httpx_s * 1000:.0f} "
                f"ms; bare interpreter {times['bare'] * 1000:.0f} ms; best of {ROUNDS}, fresh interpreters)")

    for name, what in (("package", "import affiliate_clients"),
                       ("ImpactClient", "from affiliate_clients import ImpactClient"),
                       ("PartnerizeClient", "from affiliate_clients import PartnerizeClient")):
        record(f"import time: `{what}` / `import httpx`", figure(name), f"≤ {TARGET}×",
               times[name] / httpx_s <= TARGET)
    record("import time, the other clients: `from affiliate_clients import InvocaClient` / `SpaazaClient`",
           f"{times['InvocaClient'] / httpx_s:.2f}× / {times['SpaazaClient'] / httpx_s:.2f}× "
           f"({times['InvocaClient'] * 1000:.0f} ms / {times['SpaazaClient'] * 1000:.0f} ms)", "(reference)", None)

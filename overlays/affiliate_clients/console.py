"""The ``affiliate-clients`` script: runs the command line, or says which extra it needs when that is missing.

The library itself needs only the core dependencies; the command line needs typer and rich (the ``cli`` extra).
"""

from __future__ import annotations

import sys

CLI_EXTRA = "cli"
# What the cli extra installs (typer brings click and shellingham): a missing one means the extra is missing.
CLI_MODULES = frozenset({"typer", "rich", "click", "shellingham"})
MESSAGE = f"affiliate-clients: the command line needs the {CLI_EXTRA} extra: pip install 'affiliate-clients[{CLI_EXTRA}]'"


def main() -> None:
    """Entry point of the ``affiliate-clients`` script. Without the cli extra: one line on stderr, exit 2."""
    try:
        import rich  # noqa: F401  (the command line's progress bars; imported on use, checked here)
        import typer  # noqa: F401
    except ImportError as exc:
        if (exc.name or "").partition(".")[0] not in CLI_MODULES:
            raise
        print(MESSAGE, file=sys.stderr)
        raise SystemExit(2) from None
    from .cli import main as run

    run()


if __name__ == "__main__":
    main()

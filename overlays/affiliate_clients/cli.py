"""``affiliate-clients``: generate, check and diff the clients, check a live API, serve a sandbox, pull data.

Needs the ``cli`` extra (typer, rich); ``generate``, ``check``, ``diff`` and ``sandbox`` also need a checkout
with the dev or sandbox extras, since they drive ``generator`` and ``sandbox``; ``land-accounts`` (many impact
accounts or Partnerize publishers on Dask) needs the ``dask`` extra.
"""

from __future__ import annotations

from typing import Any

import typer

from . import cli_land, cli_pull, cli_tools
from .cli_errors import OneLineErrors


class Help(OneLineErrors):
    """The command group; its help ends with the APIs and the streams there are to pull."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from .cli_catalogue import known

        self.epilog = (f"Streams (affiliate-clients pull API STREAM; pull --help lists their --where keys): "
                       f"{known(landing=False)}. Into a database (--to): {known(landing=True)}.")
        super().format_help(ctx, formatter)


app = typer.Typer(help=(__doc__ or "").replace("``", ""), cls=Help, no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False)
app.command()(cli_tools.generate)
app.command()(cli_tools.check)
app.command()(cli_tools.diff)
app.command('drift')(cli_tools.drift_absorb)
app.command()(cli_tools.contract)
app.command()(cli_tools.sandbox)
app.command(cls=cli_pull.StreamsHelp)(cli_pull.pull)
app.command("land-accounts")(cli_land.land_accounts)


def main() -> None:
    """Entry point of the ``affiliate-clients`` script."""
    app()


if __name__ == "__main__":
    main()

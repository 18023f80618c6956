"""One error style for ``affiliate-clients``: a user's mistake ends with one line on stderr, ``error: ...``,
naming the flag and what to do, exit 2, never a traceback.

Three sources of mistakes meet here: click's own (an unknown flag, a missing option, ``--page-size abc``), our
checks (:class:`typer.BadParameter` with the flag as ``param_hint``, or :func:`refuse`), and the library's
:class:`~.http.errors.InvalidRequest`, which names a Python parameter (``start_date``, ``account_sid``): those
are put in the command line's words by :func:`in_flags`, the one table from parameters to flags.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import typer
from typer._click import exceptions as click  # typer carries its own copy of click: its errors are these
from typer.core import TyperGroup

from .http.errors import InvalidRequest

# Library parameter -> the flag a user of the command line sets instead.
FLAGS = {
    "since": "--since", "start": "--since", "start_date": "--since",
    "until": "--until", "end": "--until", "end_date": "--until",
    "page_size": "--page-size", "limit": "--page-size",
    "base_url": "--base-url", "on_invalid": "--on-invalid", "stream": "STREAM",
}
# Credentials come from the environment, never from a flag.
ENVIRONMENT = {
    "account_sid": "IMPACT_ACCOUNT_SID", "auth_token": "IMPACT_AUTH_TOKEN",
    "application_key": "PARTNERIZE_APPLICATION_KEY", "user_api_key": "PARTNERIZE_USER_API_KEY",
    "api_token": "INVOCA_API_TOKEN",
}
_MISSING = re.compile(r"^missing: pass \w+= or set (\w+)$")


def flag_of(parameter: str) -> str:
    """The command line's name for a library parameter: a flag, ``--where NAME`` or an environment variable."""
    top = parameter.split("[", 1)[0].split(".", 1)[0]
    if top in FLAGS:
        return FLAGS[top]
    if top in ENVIRONMENT:
        return ENVIRONMENT[top]
    return f"--where {parameter}"


def in_flags(error: InvalidRequest) -> str:
    """``error`` as the command line says it: ``--since: may not be more than 3 years in the past``."""
    where = flag_of(error.parameter)
    missing = _MISSING.match(error.rule)
    if missing:
        return f"{missing.group(1)} is not set: export it in the environment"
    return f"{where}: {error.rule}"


def refuse(message: str) -> NoReturn:
    """Print ``error: <message>`` on stderr and exit 2."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def one_line(error: click.ClickException) -> str:
    """A click error (usage, bad value, missing option) as one line, with where to read more."""
    if isinstance(error, click.BadParameter) and not isinstance(error, click.MissingParameter):
        hint = error.param_hint or (error.param.opts[0] if error.param is not None and error.param.opts else "")
        if isinstance(hint, Sequence) and not isinstance(hint, str):
            hint = " / ".join(hint)
        hint = str(hint).strip("'\"")
        text = f"{hint}: {error.message}" if hint else error.message
    else:
        text = error.format_message()
    ctx = getattr(error, "ctx", None)
    if isinstance(error, click.UsageError) and not isinstance(error, click.BadParameter) and ctx is not None:
        text += f" (see {ctx.command_path} --help)"
    return " ".join(text.split())


class OneLineErrors(TyperGroup):
    """The command group: click's errors, ``BadParameter`` and any :class:`InvalidRequest` that reaches the top
    print one line and exit 2 (``standalone_mode=False`` re-raises them for a caller that handles its own)."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, windows_expand_args: bool = True,
             **extra: Any) -> Any:
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False,
                                windows_expand_args=windows_expand_args, **extra)
        except click.NoArgsIsHelpError as shown:
            if not standalone_mode:
                raise
            typer.echo(shown.ctx.get_help())
            sys.exit(0)
        except click.ClickException as error:
            if not standalone_mode:
                raise
            typer.echo(f"error: {one_line(error)}", err=True)
            sys.exit(2)
        except InvalidRequest as error:
            if not standalone_mode:
                raise
            typer.echo(f"error: {in_flags(error)}", err=True)
            sys.exit(2)
        except typer.Abort:
            if not standalone_mode:
                raise
            typer.echo("aborted", err=True)
            sys.exit(1)
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)

"""Dashboard accounts: `python -m bot.web.users add NAME [--password-stdin]`, `list`, `remove NAME`.

The password is read from a prompt (twice) or, with --password-stdin, from the first line of
standard input; it is never taken from the command line, where it would land in shell history.
"""

from __future__ import annotations

import argparse
import getpass
import re
import sys
from typing import Optional, Sequence, TextIO

from bot.config import settings
from bot.records import DashboardUsers, RecordsUnavailable, ScreeningRepository, UserExists
from bot.records.users import USER_NAME_MAX_CHARS
from bot.web.passwords import MIN_PASSWORD_CHARS, hash_password

NAME_PATTERN = re.compile(rf"^[A-Za-z0-9._@-]{{1,{USER_NAME_MAX_CHARS}}}$")


def _read_password(from_stdin: bool, stdin: TextIO) -> str:
    if from_stdin:
        return stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"Password (at least {MIN_PASSWORD_CHARS} characters): ")
    second = getpass.getpass("Same password again: ")
    if first != second:
        raise ValueError("the two passwords differ")
    return first


def main(argv: Optional[Sequence[str]] = None, stdin: TextIO = sys.stdin, database_url: Optional[str] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.web.users", description="Manage dashboard accounts.")
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add", help="create an account")
    add.add_argument("name")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    commands.add_parser("list", help="list account names")
    remove = commands.add_parser("remove", help="deactivate an account (it can no longer sign in)")
    remove.add_argument("name")
    args = parser.parse_args(argv)

    repository = ScreeningRepository(database_url or settings().database_url)
    try:
        repository.create_schema()
        users = DashboardUsers(repository)
        if args.command == "add":
            if not NAME_PATTERN.match(args.name):
                print("A name is 1-64 letters, digits, '.', '_', '@' or '-'.", file=sys.stderr)
                return 2
            try:
                password_hash = hash_password(_read_password(args.password_stdin, stdin))
            except ValueError as error:
                print(f"Not created: {error}.", file=sys.stderr)
                return 2
            try:
                users.add(args.name, password_hash)
            except UserExists:
                print(f"Not created: an account named {args.name!r} exists.", file=sys.stderr)
                return 1
            print(f"Created dashboard account {args.name!r}.")
        elif args.command == "list":
            for name, active in users.names():
                print(name if active else f"{name} (removed)")
        elif args.command == "remove":
            if not users.deactivate(args.name):
                print(f"No account named {args.name!r}.", file=sys.stderr)
                return 1
            print(f"Account {args.name!r} can no longer sign in.")
    except RecordsUnavailable as error:
        print(f"The records database is unavailable: {error}", file=sys.stderr)
        return 1
    finally:
        repository.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`rasa data validate` reports nothing unexplained about the domain, the data and the config.

The one warning allowed: "The utterance 'X' is not used in any story or rule." when X is sent by
code rather than by a story or rule: X is `utter_ask_<slot>` for a slot of screening_form (the form
asks it), or the name X appears in a code file under actions/ (also as the fixed part of a name
the action builds, e.g. f"utter_outcome_{...}") or in bot/channels.py (the channel sends its outage
response itself). Every other warning fails this test, except the known ones in KNOWN_UNUSED, which
a strict xfail test tracks until the domain or the rules resolve them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[1]
UNUSED_UTTERANCE = re.compile(r"The utterance '(\w+)' is not used in any story or rule\.")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
# Python warnings as Rasa prints them: "<file>:<line>: UserWarning: <message>" (message may wrap).
PY_WARNING = re.compile(r"^\S+:\d+: (?!(?:Pending)?DeprecationWarning)(\w*Warning): ", re.M)
# Log records at WARNING level or above: "2026-11-25 08:31:25 WARNING  rasa.validator  - ...".
LOG_WARNING = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+(WARNING|ERROR|CRITICAL)\s+(\S+)\s+-\s+(.*)$", re.M)
# Library noise at import time, not findings about the project.
NOISE = re.compile(r"pkg_resources|declare_namespace|jax|tensorflow|sqlalchemy", re.I)
# Code that sends responses itself.
SENDING_CODE = ("actions/**/*.py", "bot/channels.py")

pytestmark = pytest.mark.model


def bot_command() -> list[str]:
    script = Path(sys.executable).with_name("bot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def warnings_in(output: str) -> list[str]:
    """Each warning Rasa printed, as one line of text."""
    output = ANSI.sub("", output)
    found = []
    starts = list(PY_WARNING.finditer(output))
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(output)
        body = output[match.end():end]
        # The message runs until the next log line or the next warning.
        body = re.split(r"\n(?=\d{4}-\d\d-\d\d |\S+:\d+: \w+Warning: )", body)[0]
        found.append(f"{match.group(1)}: {' '.join(body.split())}")
    found += [f"{level} {logger}: {message.strip()}" for level, logger, message in LOG_WARNING.findall(output)]
    return [warning for warning in found if not NOISE.search(warning)]


def names_sent_by_code() -> tuple[set[str], list[str]]:
    """Response names written in the SENDING_CODE files, and prefixes of names built with f-strings."""
    literal, prefixes = set(), []
    sources = sorted({path for pattern in SENDING_CODE for path in PROJECT_ROOT.glob(pattern)})
    for source in sources:
        text = source.read_text(encoding="utf-8")
        literal |= set(re.findall(r"\butter_\w+", text))
        prefixes += re.findall(r"""f["'](utter_\w*)\{""", text)
    return literal, prefixes


def explained(utterance: str, domain: dict) -> bool:
    form_slots = {slot for form in (domain.get("forms") or {}).values()
                  for slot in form.get("required_slots") or []}
    if utterance.startswith("utter_ask_") and utterance.removeprefix("utter_ask_") in form_slots:
        return True
    literal, prefixes = names_sent_by_code()
    return utterance in literal or any(utterance.startswith(prefix) for prefix in prefixes)


def test_warnings_parser_reads_rasa_output():
    sample = ("\x1b[93m/x/rasa/shared/utils/io.py:100: UserWarning: The utterance 'utter_a' is not "
              "used in any story or rule.\n\x1b[0m/x/y.py:3: DeprecationWarning: old\n"
              "2026-11-25 08:31:25 WARNING  rasa.validator  - Intent 'x' is not used.\n"
              "2026-11-25 08:31:25 INFO     rasa.validator  - Validating utterances...\n")
    assert warnings_in(sample) == [
        "UserWarning: The utterance 'utter_a' is not used in any story or rule.",
        "WARNING rasa.validator: Intent 'x' is not used.",
    ]


@pytest.fixture(scope="module")
def validation() -> tuple[str, dict]:
    run = subprocess.run(
        [*bot_command(), "rasa", "data", "validate", "--domain", "domain.yml", "--data", "data",
         "--config", "config.yml"],
        cwd=PROJECT_ROOT, env=dict(os.environ), capture_output=True, text=True, timeout=900)
    output = run.stdout + "\n" + run.stderr
    assert run.returncode == 0, f"rasa data validate failed:\n{ANSI.sub('', output)[-5000:]}"
    assert "Validating utterances" in output, f"validation did not run:\n{output[-3000:]}"
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    return output, domain


def unexplained_warnings(output: str, domain: dict) -> list[str]:
    unexplained = []
    for warning in warnings_in(output):
        unused = UNUSED_UTTERANCE.search(warning)
        if unused and explained(unused.group(1), domain):
            continue
        unexplained.append(warning)
    return sorted(unexplained)


def test_data_validate_has_no_unexplained_warnings(validation):
    unexplained = unexplained_warnings(*validation)
    assert not unexplained, (
        f"{len(unexplained)} unexplained warning(s) from `rasa data validate`:\n  "
        + "\n  ".join(unexplained))

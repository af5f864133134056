"""`rasa test core` on tests/stories/test_stories.yml: the policies predict every action the rules
in data/rules/*.yml promise (form runs, digressions, early stop, stop, why, emergency, greet).

Needs the trained model for the current inputs: `bot model` names it, `bot train` makes it when
it is missing (10 s to 3 min).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[1]
STORIES = PROJECT_ROOT / "tests" / "stories" / "test_stories.yml"

pytestmark = pytest.mark.model


def bot_command() -> list[str]:
    script = Path(sys.executable).with_name("bot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def run_bot(*arguments: str, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run([*bot_command(), *arguments], cwd=PROJECT_ROOT, env=dict(os.environ),
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The model for the current domain, config and data; trained here if it is missing."""
    path = Path(run_bot("model", timeout=120).stdout.strip())
    if not path.exists():
        training = run_bot("train", timeout=1800)
        assert training.returncode == 0, f"bot train failed:\n{training.stdout[-3000:]}\n{training.stderr[-3000:]}"
    assert path.exists(), f"no model at {path}"
    return path


def test_every_test_story_is_predicted(trained_model, tmp_path):
    out = tmp_path / "core-results"
    run = run_bot("rasa", "test", "core", "--model", str(trained_model), "--stories", str(STORIES),
                  "--out", str(out), timeout=1200)
    assert run.returncode == 0, f"rasa test core failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"

    expected = len(yaml.safe_load(STORIES.read_text(encoding="utf-8"))["stories"])
    report = json.loads((out / "story_report.json").read_text(encoding="utf-8"))
    stories = report["conversation_accuracy"]
    failed_text = (out / "failed_test_stories.yml").read_text(encoding="utf-8")
    failed = (yaml.safe_load(failed_text) or {}).get("stories") or []
    assert not failed, f"{len(failed)} failed test stories (see '# predicted:'):\n{failed_text}"
    assert stories["total"] == expected, f"{stories['total']} of {expected} stories were evaluated"
    assert stories["correct"] == expected, f"only {stories['correct']} of {expected} stories correct"

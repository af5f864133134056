"""The NLU benchmark's scoring: tolerances, the per-set summary and the exit code of --min-accuracy."""

from __future__ import annotations

import textwrap

from bot.bench.nlu import main, summarise, value_matches

TINY_SET = textwrap.dedent("""\
    version: "3.1"
    today: "2026-11-25"
    items:
      - id: t-1
        text: "I'm 67"
        asked: age
        expect: {age: 67}
      - id: t-2
        text: "never smoked"
        asked: smoking_status
        expect: {smoking_status: never}
      - id: t-3
        text: "I'm 70"
        asked: age
        expect: {age: 71}
""")


def test_value_tolerances():
    assert value_matches("pack_years", 34.0, 30)  # within 15 %
    assert not value_matches("pack_years", 36.0, 30)
    assert not value_matches("age", 66, 67)  # ages are exact
    assert value_matches("smoking_status", "Former", "former")
    assert not value_matches("copd_diagnosis", 1, True)  # a bool is never a number


def test_summary_counts_each_set(tmp_path, capsys):
    path = tmp_path / "tiny.yml"
    path.write_text(TINY_SET, encoding="utf-8")
    lowest = summarise(path, show_errors=False)
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert lowest == 0.5  # one of the two ages is wrong on purpose
    assert line.startswith("tiny.yml") and "values 2/3" in line and "lowest age 0.500" in line


def test_min_accuracy_sets_the_exit_code(tmp_path):
    path = tmp_path / "tiny.yml"
    path.write_text(TINY_SET, encoding="utf-8")
    assert main(["--summary", str(path), "--min-accuracy", "0.5"]) == 0
    assert main(["--summary", str(path), "--min-accuracy", "0.95"]) == 1

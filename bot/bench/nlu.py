"""Benchmark of the fact extractor on the held-out set: per-fact P/R/F1, value accuracy, latency.

    python -m bot.bench.nlu [eval/nlu/heldout.yml] [--show-errors] [--min-accuracy 0.95]
    python -m bot.bench.nlu --summary eval/nlu/dev*.yml     one line a set: values right, types at 0.95


A fact counts as right when its value is within the tolerance below (the same as the replay's).
The held-out set is never used for training or for writing patterns: see its header.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

from bot.nlu.extract import extract_facts

DEFAULT_SET = Path(__file__).resolve().parents[2] / "eval" / "nlu" / "heldout.yml"
TOLERANCE = {  # (absolute, relative)
    "age": (0.0, 0.0), "pack_years": (1.0, 0.15), "months_since_nicotine": (1.5, 0.10),
    "exacerbation_months_ago": (1.5, 0.15), "mmrc_grade": (0.0, 0.0), "height_cm": (2.0, 0.0),
    "weight_kg": (2.0, 0.0), "bmi": (1.0, 0.0), "fev1_percent": (1.0, 0.0),
    "antibiotics_weeks_ago": (1.0, 0.15), "steroids_weeks_ago": (1.0, 0.15),
    "cancer_years_ago": (1.0, 0.1),
}
# Working facts the extractor keeps for later answers; they are not screening facts.
HELPER_FACTS = {"packs_per_day", "smoking_years", "smoking_quit_months_ago", "height_imperial", "bmi_reported"}
# A detail of a screening fact that only some sets' conventions cover: scored where an item expects it,
# never counted as a false positive where the set is silent on it.
DETAIL_FACTS = {"cancer_minor_skin"}


def value_matches(slot: str, got, want) -> bool:
    if isinstance(want, bool) or isinstance(got, bool):
        return got is want
    if isinstance(want, (int, float)):
        try:
            got = float(got)
        except (TypeError, ValueError):
            return False
        absolute, relative = TOLERANCE.get(slot, (0.5, 0.05))
        return abs(got - want) <= max(absolute, relative * abs(want)) + 1e-9
    return str(got).strip().lower() == str(want).strip().lower()


def run(path: Path, show_errors: bool) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    today = date.fromisoformat(str(data["today"]))
    items = data["items"]
    counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "expected": 0, "right": 0})
    extract_facts("warm up", today)  # the spaCy pipeline is built once, outside the timing
    latencies = []
    results = []
    for item in items:  # timing pass, without tracemalloc (it slows every allocation)
        started = time.perf_counter()
        results.append(extract_facts(item["text"], today, item.get("asked"), item.get("known") or {}))
        latencies.append((time.perf_counter() - started) * 1000)
    tracemalloc.start()
    for item in items:  # memory pass
        extract_facts(item["text"], today, item.get("asked"), item.get("known") or {})
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    for item, result in zip(items, results):
        expect = item.get("expect") or {}
        got = {k: v for k, v in result.facts.items() if k not in HELPER_FACTS}
        errors = []
        for slot, want in expect.items():
            counts[slot]["expected"] += 1
            if slot in got and value_matches(slot, got[slot], want):
                counts[slot]["tp"] += 1
                counts[slot]["right"] += 1
            else:
                counts[slot]["fn"] += 1
                if slot in got:
                    counts[slot]["fp"] += 1
                errors.append(f"{slot}: got {got.get(slot)!r} want {want!r}")
        for slot, value in got.items():
            if slot not in expect and slot not in (item.get("known") or {}) and slot not in DETAIL_FACTS:
                counts[slot]["fp"] += 1
                errors.append(f"{slot}: got {value!r}, not expected")
        for slot in item.get("unsure") or []:
            counts["(unsure)"]["expected"] += 1
            if slot in result.unsure:
                counts["(unsure)"]["tp"] += 1
                counts["(unsure)"]["right"] += 1
            else:
                counts["(unsure)"]["fn"] += 1
                errors.append(f"unsure {slot} not flagged")
        if show_errors and errors:
            print(f"- {item['id']} ({item.get('asked')}): {item['text']!r}\n    " + "\n    ".join(errors))
    latencies.sort()
    return {"items": len(items), "counts": counts, "latencies": latencies, "peak_kib": peak / 1024}


def report(outcome: dict) -> float:
    counts = outcome["counts"]
    print(f"{'fact':<28}{'n':>5}{'prec':>8}{'recall':>8}{'F1':>8}{'value acc':>11}")
    worst = 1.0
    for slot in sorted(counts):
        c = counts[slot]
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        accuracy = c["right"] / c["expected"] if c["expected"] else float("nan")
        if c["expected"]:
            worst = min(worst, accuracy)
        print(f"{slot:<28}{c['expected']:>5}{precision:>8.3f}{recall:>8.3f}{f1:>8.3f}{accuracy:>11.3f}")
    lat = outcome["latencies"]
    p95 = lat[max(0, int(round(0.95 * len(lat))) - 1)]
    print(f"\nitems {outcome['items']}; parse latency p50 {statistics.median(lat):.2f} ms, "
          f"p95 {p95:.2f} ms, max {lat[-1]:.2f} ms; throughput {1000 * len(lat) / sum(lat):.0f} answers/s; "
          f"peak traced memory during the run {outcome['peak_kib']:.0f} KiB")
    expected = sum(c["expected"] for slot, c in counts.items() if slot != "(unsure)")
    right = sum(c["right"] for slot, c in counts.items() if slot != "(unsure)")
    types = [c["right"] / c["expected"] for c in counts.values() if c["expected"]]
    print(f"all expected fact values: {right}/{expected} right ({right / max(expected, 1):.3f}); "
          f"fact types at 0.95 or above: {sum(a >= 0.95 for a in types)}/{len(types)}")
    print(f"lowest value accuracy over fact types: {worst:.3f}")
    return worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_SET)], metavar="path")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--summary", action="store_true",
                        help="one line a set instead of the table (for checking every development set)")
    parser.add_argument("--min-accuracy", type=float, default=None,
                        help="exit 1 when a fact type's value accuracy is below this")
    args = parser.parse_args(argv)
    if args.summary:
        worst = min(summarise(Path(path), args.show_errors) for path in args.paths)
    else:
        worst = min(report(run(Path(path), args.show_errors)) for path in args.paths)
    return 1 if args.min_accuracy is not None and worst < args.min_accuracy else 0


def summarise(path: Path, show_errors: bool) -> float:
    """One line for a set: values right, fact types at the 0.95 bar, and the lowest type."""
    counts = run(path, show_errors)["counts"]
    expected = sum(c["expected"] for slot, c in counts.items() if slot != "(unsure)")
    right = sum(c["right"] for slot, c in counts.items() if slot != "(unsure)")
    accuracy = {slot: c["right"] / c["expected"] for slot, c in counts.items() if c["expected"]}
    lowest = min(accuracy, key=accuracy.get)
    print(f"{path.name:<16} values {right}/{expected}; types at 0.95: "
          f"{sum(a >= 0.95 for a in accuracy.values())}/{len(accuracy)}; lowest {lowest} {accuracy[lowest]:.3f}")
    return accuracy[lowest]


if __name__ == "__main__":
    sys.exit(main())

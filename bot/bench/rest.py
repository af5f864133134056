"""Benchmark of whole screenings over the REST channel: latency, throughput and server memory.

    python -m bot.bench.rest [--rasa http://localhost:5005] [--conversations 40] [--concurrency 4]

Uses the servers at --rasa when they answer; otherwise starts its own (and stops them after).
Each conversation is a synthetic person answering every question; the figures are per message.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import aiohttp

from bot.cli import token_query
from bot.replay import RasaClient

# Answers by question; the bot decides the order, this script answers whatever it asks.
ANSWERS = {
    "privacy_ack": "yes that's ok",
    "age": "I'm 69",
    "copd_diagnosis": "yes, severe copd",
    "smoking_status": "quit in 2014",
    "pack_years": "a pack a day for about 40 years",
    "months_since_nicotine": "nothing since I quit",
    "exacerbation_last_year": "yes in may, antibiotics and prednisone",
    "exacerbation_months_ago": "may",
    "mmrc_grade": "I have to stop after a block or so",
    "antibiotics_last_12_weeks": "no",
    "steroids_last_12_weeks": "no, only my trelegy",
    "immunosuppressants": "no",
    "heart_condition": "no",
    "cancer_history": "never",
    "autoimmune_disease": "no",
    "height_cm": "5'9",
    "weight_kg": "175 lbs",
    "pregnant_or_breastfeeding": "no",
    "can_attend_site_visits": "yes",
    "fev1_percent": "don't know",
    "answers_confirmed": "yes that's right",
}
DECLINE = "no thank you"
MAX_TURNS = 40


async def screening(session: aiohttp.ClientSession, base: str, latencies: list[float]) -> bool:
    sender = f"bench-{uuid.uuid4().hex[:10]}"
    message = "can I join the study?"
    for _ in range(MAX_TURNS):
        started = time.perf_counter()
        async with session.post(f"{base}/webhooks/rest/webhook",
                                json={"sender": sender, "message": message}) as response:
            await response.json()
        latencies.append((time.perf_counter() - started) * 1000)
        tracker = await RasaClient(session, base).tracker(sender)  # sends RASA_AUTH_TOKEN when set
        requested = tracker["slots"].get("requested_slot")
        if not requested:
            return tracker["slots"].get("eligibility") is not None
        message = ANSWERS.get(requested, DECLINE)
    return False


def server_memory_mib() -> dict[str, float]:
    """Resident memory of the Rasa server, action server and dashboard processes (Linux /proc)."""
    memory: dict[str, float] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            status = (proc / "status").read_text()
        except OSError:
            continue
        name = ("rasa server" if " rasa run " in f" {command} "
                else "action server" if ("rasa_sdk" in command or "bot.action_server" in command)
                else "dashboard" if "-m bot.web" in command else None)
        if name:
            rss_kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))
            memory[name] = memory.get(name, 0.0) + rss_kib / 1024
    return memory


async def main_async(base: str, conversations: int, concurrency: int) -> int:
    latencies: list[float] = []
    limit = asyncio.Semaphore(concurrency)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        async def one() -> bool:
            async with limit:
                return await screening(session, base, latencies)

        started = time.perf_counter()
        finished = await asyncio.gather(*(one() for _ in range(conversations)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
    print(f"conversations {conversations} (concurrency {concurrency}), completed {sum(finished)}, "
          f"messages {len(latencies)} in {elapsed:.1f} s")
    print(f"message latency p50 {statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms, "
          f"max {latencies[-1]:.0f} ms; throughput {len(latencies) / elapsed:.1f} messages/s, "
          f"{conversations / elapsed * 60:.1f} screenings/min")
    for name, mib in sorted(server_memory_mib().items()):
        print(f"{name} resident memory {mib:.0f} MiB")
    return 0 if all(finished) else 1


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/status" + token_query(), timeout=2):
            return True
    except (urllib.error.URLError, OSError):
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rasa", default="http://localhost:5005")
    parser.add_argument("--conversations", type=int, default=40)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args(argv)
    base = args.rasa.rstrip("/")
    processes = []
    if not _answers(base):
        from bot.cli import start_servers, train

        print("No server answers there; starting the action and Rasa servers for the benchmark.")
        processes = start_servers(train(), quiet=True)
    try:
        return asyncio.run(main_async(base, args.conversations, args.concurrency))
    finally:
        if processes:
            from bot.cli import stop_servers

            stop_servers(processes)


if __name__ == "__main__":
    sys.exit(main())

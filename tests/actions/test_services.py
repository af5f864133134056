"""The records repository is made once, even when many first answers arrive at the same moment."""

from __future__ import annotations

import asyncio

from actions import services


async def test_concurrent_first_saves_create_the_tables_once(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'fresh.db'}")
    services.reset_for_tests()
    try:
        results = await asyncio.gather(*(
            services.save_safely("save_facts", lambda repo, n=n: repo.save_facts(
                f"synthetic-{n}", {"age": 60.0 + n}, "sixty something"))
            for n in range(12)))
        assert all(results)
        assert services.repository().get_screening("synthetic-11")["facts"]["age"]["value"] == 71.0
    finally:
        services.reset_for_tests()

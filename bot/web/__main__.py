"""`python -m bot.web`: serve the dashboard on WEB_INTERFACE:WEB_PORT (127.0.0.1:8080 by default)."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.config import settings
from bot.web.app import create_app


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = settings()
    app = create_app(config)
    # aiohttp's own access log would repeat full URLs; bot.web.access logs each view instead.
    web.run_app(app, host=config.web_interface, port=config.web_port, access_log=None,
                print=lambda message: logging.getLogger("bot.web").info("%s", message.strip()))


if __name__ == "__main__":
    main()

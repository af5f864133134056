"""The public demo page with the chat widget, and the coordinator dashboard: sign-in, the
screenings list with filters, a detail view, CSV export.

Public: the demo page (`/`), the widget's files (`/widget/`), the stylesheets and the sign-in page.
Every other route needs a signed-in study-team account. The access log (`bot.web.access`) names the user, the route and screening ids: never fact values, the
person's words, contact details or the conversation id.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import secrets
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Awaitable, Callable, Optional
from urllib.parse import urlencode, urlsplit

import jinja2
from aiohttp import web

from bot.config import Settings
from bot.eligibility.engine import default_criteria
from bot.records import OUTCOMES, DashboardUsers, ScreeningRepository
from bot.web.passwords import dummy_verify, verify_password
from bot.web.sessions import SessionData, SessionSigner

logger = logging.getLogger(__name__)
access_logger = logging.getLogger("bot.web.access")

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "dashboard_session"
LOGIN_CSRF_COOKIE = "dashboard_login_csrf"
LIST_LIMIT = 500
EXPORT_LIMIT = 20000
MAX_FAILED_SIGN_INS = 5
FAILED_SIGN_IN_WINDOW_SECONDS = 15 * 60
PUBLIC_ROUTES = frozenset({"demo", "widget", "login", "login_post", "static"})
WIDGET_DIR = HERE / "static" / "widget"
DEFAULT_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
CSP_KEY = "content_security_policy"

OUTCOME_LABELS = {
    "likely_eligible": "Likely eligible",
    "not_yet_eligible": "Not yet eligible",
    "needs_review": "Needs review",
    "not_eligible": "Not eligible",
}
STATUS_LABELS = {
    "met": "Met",
    "not_met": "Not met",
    "not_yet": "Not yet",
    "unknown": "Unknown",
    "review": "Review",
    "clinic": "Checked at the clinic",
    "missing": "Not answered",
}

REPOSITORY = web.AppKey("repository", ScreeningRepository)
USERS = web.AppKey("users", DashboardUsers)
SIGNER = web.AppKey("signer", SessionSigner)
SETTINGS = web.AppKey("settings", Settings)
TEMPLATES = web.AppKey("templates", jinja2.Environment)
FAILURES = web.AppKey("failures", dict)
CRITERIA = web.AppKey("criteria", list)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class BadFilter(ValueError):
    pass


@dataclass(frozen=True)
class Filters:
    outcome: Optional[str] = None
    started_from: Optional[date] = None
    started_to: Optional[date] = None
    recheck_due_by: Optional[date] = None
    callback_only: bool = False

    def query_string(self) -> str:
        pairs = [
            ("outcome", self.outcome or ""),
            ("started_from", self.started_from.isoformat() if self.started_from else ""),
            ("started_to", self.started_to.isoformat() if self.started_to else ""),
            ("recheck_due_by", self.recheck_due_by.isoformat() if self.recheck_due_by else ""),
            ("callback", "1" if self.callback_only else ""),
        ]
        return urlencode([(key, value) for key, value in pairs if value])

    def search_arguments(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "started_from": self.started_from,
            "started_to": self.started_to,
            "recheck_due_by": self.recheck_due_by,
            "callback_requested": True if self.callback_only else None,
        }


def parse_filters(query: Any) -> Filters:
    def day(name: str) -> Optional[date]:
        raw = (query.get(name) or "").strip()
        if not raw:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise BadFilter(f"{name.replace('_', ' ').capitalize()} must be a date (YYYY-MM-DD).") from None

    outcome = (query.get("outcome") or "").strip() or None
    if outcome is not None and outcome not in OUTCOMES:
        raise BadFilter("Unknown outcome.")
    filters = Filters(
        outcome=outcome,
        started_from=day("started_from"),
        started_to=day("started_to"),
        recheck_due_by=day("recheck_due_by"),
        callback_only=(query.get("callback") or "") in ("1", "on", "true"),
    )
    if filters.started_from and filters.started_to and filters.started_from > filters.started_to:
        raise BadFilter("The start of the date range is after its end.")
    return filters


# ---------------------------------------------------------------- app factory


def create_app(settings: Settings, repository: Optional[ScreeningRepository] = None) -> web.Application:
    if settings.dashboard_secret:
        secret = settings.dashboard_secret.encode("utf-8")
    else:
        secret = secrets.token_bytes(32)
        logger.warning(
            "DASHBOARD_SECRET is not set: using a random secret for this process only; "
            "sessions end when it stops."
        )
    chat_server_origins(settings.chat_server_url)  # a bad CHAT_SERVER_URL fails at start, not per visit
    owns_repository = repository is None
    repo = repository if repository is not None else ScreeningRepository(settings.database_url)

    app = web.Application(middlewares=[_authentication])
    app[SETTINGS] = settings
    app[REPOSITORY] = repo
    app[USERS] = DashboardUsers(repo)
    app[SIGNER] = SessionSigner(secret, settings.dashboard_session_minutes * 60)
    app[FAILURES] = {}
    app[CRITERIA] = [(criterion.id, criterion.kind) for criterion in default_criteria().criteria]
    app[TEMPLATES] = _templates()

    app.router.add_get("/", demo_page, name="demo")
    app.router.add_static("/widget/", WIDGET_DIR, name="widget")
    app.router.add_get("/login", login_page, name="login")
    app.router.add_post("/login", login_submit, name="login_post")
    app.router.add_post("/logout", logout, name="logout")
    app.router.add_get("/screenings", screenings_list, name="screenings")
    app.router.add_get("/screenings.csv", screenings_csv, name="screenings_csv")
    app.router.add_get(r"/screenings/{screening_id:\d+}", screening_detail, name="screening")
    app.router.add_static("/static/", HERE / "static", name="static")

    async def create_schema(app: web.Application) -> None:
        await asyncio.to_thread(app[REPOSITORY].create_schema)

    async def close_repository(app: web.Application) -> None:
        if owns_repository:
            await asyncio.to_thread(app[REPOSITORY].close)

    app.on_startup.append(create_schema)
    app.on_cleanup.append(close_repository)
    app.on_response_prepare.append(_security_headers)
    return app


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["outcome_label"] = lambda value: OUTCOME_LABELS.get(value or "", "Unfinished")
    env.filters["status_label"] = lambda value: STATUS_LABELS.get(value, value)
    env.filters["when"] = _format_datetime
    env.filters["day"] = lambda value: value.isoformat() if value else "—"
    env.filters["fact_value"] = _format_fact_value
    return env


def _format_datetime(value: Optional[datetime]) -> str:
    if value is None:
        return "—"
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _format_fact_value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


# ---------------------------------------------------------------- middleware and helpers


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    response.headers["Content-Security-Policy"] = request.get(CSP_KEY, DEFAULT_CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    if not request.path.startswith(("/static/", "/widget/")):
        response.headers["Cache-Control"] = "no-store"


def chat_server_origins(url: str) -> tuple[str, str]:
    """The chat server's origin over HTTP(S) and over WebSocket, for the demo page's CSP."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c in parts.netloc for c in " ;,'\""):
        raise ValueError(f"CHAT_SERVER_URL must be an http(s) URL, got {url!r}")
    socket_scheme = "wss" if parts.scheme == "https" else "ws"
    return f"{parts.scheme}://{parts.netloc}", f"{socket_scheme}://{parts.netloc}"


def _route_name(request: web.Request) -> Optional[str]:
    resource = request.match_info.route.resource
    return None if resource is None else resource.name


def _route_path(request: web.Request) -> str:
    resource = request.match_info.route.resource
    return request.path if resource is None else resource.canonical


def _wants_html(request: web.Request) -> bool:
    return _route_name(request) != "screenings_csv" and not request.path.startswith("/api/")


@web.middleware
async def _authentication(request: web.Request, handler: Handler) -> web.StreamResponse:
    if _route_name(request) in PUBLIC_ROUTES:
        return await handler(request)
    session = request.app[SIGNER].load(request.cookies.get(SESSION_COOKIE))
    if session is not None and await asyncio.to_thread(request.app[USERS].get, session.user) is None:
        session = None  # the account was removed or deactivated since the cookie was issued
    if session is None:
        access_logger.info("user=- method=%s route=%s status=unauthenticated", request.method, _route_path(request))
        if _wants_html(request) and request.method == "GET":
            target = request.path_qs if _route_name(request) is not None else ""
            location = "/login" + ("?" + urlencode({"next": target}) if target else "")
            raise web.HTTPSeeOther(location)
        raise web.HTTPUnauthorized(text="Sign in to the dashboard first.\n")
    request["session"] = session
    return await handler(request)


def _audit(request: web.Request, status: int, screening: str = "-", count: Optional[int] = None) -> None:
    session: Optional[SessionData] = request.get("session")
    access_logger.info(
        "user=%s method=%s route=%s screening=%s%s status=%d",
        session.user if session else "-",
        request.method,
        _route_path(request),
        screening,
        "" if count is None else f" count={count}",
        status,
    )


def _render(request: web.Request, template: str, status: int = 200, **context: Any) -> web.Response:
    session: Optional[SessionData] = request.get("session")
    context.setdefault("user", session.user if session else None)
    context.setdefault("csrf_token", session.csrf if session else "")
    body = request.app[TEMPLATES].get_template(template).render(**context)
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8")


def _set_cookie(response: web.StreamResponse, request: web.Request, name: str, value: str, max_age: int,
                path: str = "/") -> None:
    response.set_cookie(
        name, value, max_age=max_age, path=path, httponly=True, samesite="Strict",
        secure=request.app[SETTINGS].dashboard_secure_cookie,
    )


def _safe_next(raw: Optional[str]) -> str:
    """Only a path on this site (no scheme, no host), so sign-in cannot redirect elsewhere."""
    if raw and raw.startswith("/") and not raw.startswith("//") and "\\" not in raw and raw != "/login":
        return raw
    return "/screenings"


# ---------------------------------------------------------------- sign-in and sign-out


async def demo_page(request: web.Request) -> web.StreamResponse:
    """The study described for the public, with the chat widget (talking to the Rasa server)."""
    server_url = request.app[SETTINGS].chat_server_url
    http_origin, socket_origin = chat_server_origins(server_url)
    request[CSP_KEY] = (
        f"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        f"connect-src {http_origin} {socket_origin}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )
    return _render(request, "demo.html", chat_server_url=server_url, user=None)


async def login_page(request: web.Request) -> web.StreamResponse:
    session = request.app[SIGNER].load(request.cookies.get(SESSION_COOKIE))
    if session is not None and await asyncio.to_thread(request.app[USERS].get, session.user) is not None:
        raise web.HTTPSeeOther("/screenings")
    return _login_form(request, status=200, error=None, next_path=_safe_next(request.query.get("next")))


def _login_form(request: web.Request, status: int, error: Optional[str], next_path: str,
                name: str = "") -> web.Response:
    # Keep a valid token: a browser loads this page again behind the visitor's back (its
    # /favicon.ico request is redirected here), and a new token would no longer match the form.
    token = request.app[SIGNER].unsign_value(request.cookies.get(LOGIN_CSRF_COOKIE, "")) or secrets.token_urlsafe(32)
    response = _render(request, "login.html", status=status, error=error, next_path=next_path, name=name,
                       login_csrf=token, user=None)
    _set_cookie(response, request, LOGIN_CSRF_COOKIE, request.app[SIGNER].sign_value(token), max_age=3600,
                path="/login")
    return response


def _too_many_failures(request: web.Request, name: str) -> bool:
    now = time.monotonic()
    failures = request.app[FAILURES]
    recent = [t for t in failures.get(name, []) if now - t < FAILED_SIGN_IN_WINDOW_SECONDS]
    failures[name] = recent
    return len(recent) >= MAX_FAILED_SIGN_INS


async def login_submit(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    signer = request.app[SIGNER]
    cookie_token = signer.unsign_value(request.cookies.get(LOGIN_CSRF_COOKIE, ""))
    form_token = str(form.get("csrf_token", ""))
    if cookie_token is None or not secrets.compare_digest(cookie_token.encode(), form_token.encode()):
        _audit(request, 403)
        raise web.HTTPForbidden(text="The sign-in form expired or was not sent from this site. Reload it.\n")

    name = str(form.get("name", "")).strip()
    password = str(form.get("password", ""))
    next_path = _safe_next(str(form.get("next", "")))
    if _too_many_failures(request, name):
        _audit(request, 429)
        return _login_form(request, 429, "Too many failed attempts. Wait 15 minutes and try again.", next_path,
                           name)

    users = request.app[USERS]
    user = await asyncio.to_thread(users.get, name) if name else None
    if user is None:
        await asyncio.to_thread(dummy_verify, password)
        ok = False
    else:
        ok = await asyncio.to_thread(verify_password, password, user["password_hash"])
    if not ok:
        request.app[FAILURES].setdefault(name, []).append(time.monotonic())
        _audit(request, 401)  # no name: people sometimes type their password into it
        return _login_form(request, 401, "Wrong name or password.", next_path, name)

    request.app[FAILURES].pop(name, None)
    await asyncio.to_thread(users.record_sign_in, name)
    session, cookie = signer.new_session(name)
    request["session"] = session
    _audit(request, 303)
    response = web.HTTPSeeOther(next_path)
    _set_cookie(response, request, SESSION_COOKIE, cookie, max_age=signer.lifetime_seconds)
    response.del_cookie(LOGIN_CSRF_COOKIE, path="/login")
    raise response


def _check_csrf(request: web.Request, form: Any) -> None:
    session: SessionData = request["session"]
    token = str(form.get("csrf_token", ""))
    if not secrets.compare_digest(token.encode(), session.csrf.encode()):
        _audit(request, 403)
        raise web.HTTPForbidden(text="This form was not sent from the dashboard. Reload the page and try again.\n")


async def logout(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    _check_csrf(request, form)
    request.app[SIGNER].revoke(request["session"])
    _audit(request, 303)
    response = web.HTTPSeeOther("/login")
    response.del_cookie(SESSION_COOKIE, path="/")
    raise response


# ---------------------------------------------------------------- screenings


async def _search(request: web.Request, limit: int) -> tuple[Filters, Optional[str], list[dict[str, Any]]]:
    try:
        filters = parse_filters(request.query)
    except BadFilter as error:
        return Filters(), str(error), []
    rows = await asyncio.to_thread(
        request.app[REPOSITORY].search_screenings, limit=limit, **filters.search_arguments()
    )
    return filters, None, rows


async def screenings_list(request: web.Request) -> web.StreamResponse:
    filters, error, rows = await _search(request, LIST_LIMIT + 1)
    truncated = len(rows) > LIST_LIMIT
    rows = rows[:LIST_LIMIT]
    status = 400 if error else 200
    _audit(request, status, count=len(rows))
    return _render(
        request, "list.html", status=status, filters=filters, error=error, screenings=rows, truncated=truncated,
        limit=LIST_LIMIT, outcomes=OUTCOME_LABELS, export_query=filters.query_string(),
    )


async def screening_detail(request: web.Request) -> web.StreamResponse:
    screening_id = int(request.match_info["screening_id"])
    screening = await asyncio.to_thread(request.app[REPOSITORY].get_screening_by_id, screening_id)
    if screening is None:
        _audit(request, 404, screening=str(screening_id))
        return _render(request, "not_found.html", status=404, screening_id=screening_id)
    _audit(request, 200, screening=str(screening_id))
    return _render(request, "detail.html", s=screening, results=_ordered_results(request, screening))


def _ordered_results(request: web.Request, screening: dict[str, Any]) -> list[dict[str, Any]]:
    """Criterion results in criteria.yml order, with each criterion's kind; unknown ids last."""
    order = {criterion_id: (index, kind) for index, (criterion_id, kind) in enumerate(request.app[CRITERIA])}
    results = [dict(result, kind=order.get(result["id"], (0, ""))[1]) for result in screening["results"]]
    return sorted(results, key=lambda result: order.get(result["id"], (len(order), ""))[0])


CSV_FIXED_COLUMNS = [
    "screening_id", "started_at", "finished_at", "channel", "criteria_version", "outcome", "recheck_after",
    "contact_consent", "callback_requested",
]


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    # Spreadsheets run cells that start like a formula; a leading quote keeps them as text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


async def screenings_csv(request: web.Request) -> web.StreamResponse:
    try:
        filters = parse_filters(request.query)
    except BadFilter as error:
        _audit(request, 400)
        raise web.HTTPBadRequest(text=f"{error}\n")
    rows = await asyncio.to_thread(
        request.app[REPOSITORY].search_screenings, limit=EXPORT_LIMIT, **filters.search_arguments()
    )
    criterion_ids = [criterion_id for criterion_id, _ in request.app[CRITERIA]]
    extra = sorted({r["id"] for row in rows for r in row["results"]} - set(criterion_ids))
    criterion_ids += extra

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_FIXED_COLUMNS + [f"criterion_{criterion_id}" for criterion_id in criterion_ids])
    for row in rows:
        statuses = {result["id"]: result["status"] for result in row["results"]}
        writer.writerow(
            [_csv_cell(value) for value in (
                row["id"], row["started_at"], row["finished_at"], row["channel"], row["criteria_version"],
                row["outcome"], row["recheck_after"], row["contact_consent"], row["callback_requested"],
            )]
            + [_csv_cell(statuses.get(criterion_id)) for criterion_id in criterion_ids]
        )
    _audit(request, 200, screening=",".join(str(row["id"]) for row in rows) or "-", count=len(rows))
    today = datetime.now(timezone.utc).date().isoformat()
    return web.Response(
        body=buffer.getvalue().encode("utf-8"),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="screenings-{today}.csv"'},
    )

"""Signed session cookies: ``<payload base64>.<HMAC-SHA256 base64>``, with an expiry inside.

The payload holds the user name, a random session id, a CSRF token and the expiry time; nothing
about any screening. Sign-out revokes the session id in this process until it would have expired.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class SessionData:
    user: str
    sid: str
    csrf: str
    expires: int


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SessionSigner:
    def __init__(self, secret: bytes, lifetime_seconds: int) -> None:
        if len(secret) < 16:
            raise ValueError("the session secret needs at least 16 bytes")
        self._key = hashlib.sha256(b"copd-dashboard-session\0" + secret).digest()
        self.lifetime_seconds = lifetime_seconds
        self._revoked: dict[str, int] = {}  # session id -> expiry

    def _mac(self, payload: str) -> str:
        return _b64e(hmac.new(self._key, payload.encode("ascii"), hashlib.sha256).digest())

    def sign_value(self, value: str) -> str:
        """A short signed value (used for the sign-in form's CSRF cookie)."""
        return f"{value}.{self._mac('v:' + value)}"

    def unsign_value(self, signed: str) -> Optional[str]:
        value, _, mac = signed.rpartition(".")
        if value and hmac.compare_digest(mac, self._mac("v:" + value)):
            return value
        return None

    def new_session(self, user: str, now: Optional[float] = None) -> tuple[SessionData, str]:
        issued = int(time.time() if now is None else now)
        data = SessionData(
            user=user,
            sid=secrets.token_urlsafe(16),
            csrf=secrets.token_urlsafe(32),
            expires=issued + self.lifetime_seconds,
        )
        payload = _b64e(json.dumps({"u": data.user, "s": data.sid, "c": data.csrf, "e": data.expires}).encode())
        return data, f"{payload}.{self._mac('s:' + payload)}"

    def load(self, cookie: Optional[str], now: Optional[float] = None) -> Optional[SessionData]:
        """The session in a cookie, or None when absent, tampered with, expired or signed out."""
        if not cookie or cookie.count(".") != 1:
            return None
        payload, mac = cookie.split(".")
        if not hmac.compare_digest(mac, self._mac("s:" + payload)):
            return None
        try:
            raw = json.loads(_b64d(payload))
            data = SessionData(user=str(raw["u"]), sid=str(raw["s"]), csrf=str(raw["c"]), expires=int(raw["e"]))
        except (ValueError, KeyError, TypeError):
            return None
        current = time.time() if now is None else now
        if data.expires <= current or data.sid in self._revoked:
            return None
        return data

    def revoke(self, data: SessionData, now: Optional[float] = None) -> None:
        current = time.time() if now is None else now
        self._revoked = {sid: exp for sid, exp in self._revoked.items() if exp > current}
        self._revoked[data.sid] = data.expires

"""What the Rasa server exposes, and to whom: closed by default.

One place for the settings that ``scripts/rasa_server.py`` (``make run``,
``make shell``, the test stacks) and the socket.io channel share:

- the server listens on ``RASA_INTERFACE`` (default ``127.0.0.1``, loopback);
- Rasa's HTTP API (conversations, model, training) is off unless
  ``RASA_ENABLE_API=1``, and then only with JWT authentication: the shared
  secret comes from ``RASA_JWT_SECRET`` (at least 32 characters), never from
  the command line, where every local user could read it in ``ps``;
- CORS, and the socket.io origin check, allow only the chat page's own
  origin: ``CORS_ORIGIN`` (comma separated), default
  ``http://localhost:$WEB_PORT`` and ``http://127.0.0.1:$WEB_PORT``;
  socket.io also accepts a page served under the host name the request was
  sent to (same site: nginx serving page and socket.io under one name).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib.parse import urlsplit

DEFAULT_INTERFACE = "127.0.0.1"
DEFAULT_WEB_PORT = "8080"
JWT_METHOD = "HS256"
MIN_JWT_SECRET_CHARS = 32


class ExposureError(ValueError):
    """The settings would open the server unsafely; the text says what to do."""


def allowed_origins(env: Mapping[str, str] | None = None) -> list[str]:
    """The web origins that may call Rasa from a browser (CORS, socket.io)."""
    env = os.environ if env is None else env
    configured = [o.strip().rstrip("/") for o in env.get("CORS_ORIGIN", "").split(",")]
    if any(configured):
        return [origin for origin in configured if origin]
    port = env.get("WEB_PORT") or DEFAULT_WEB_PORT
    return [f"http://localhost:{port}", f"http://127.0.0.1:{port}"]


def origin_allowed(origin: str | None, host: str | None, allowed: list[str]) -> bool:
    """Whether a browser page of ``origin`` may connect (no Origin: not a browser page)."""
    if not origin:
        return True
    if origin.rstrip("/") in allowed:
        return True
    try:
        page_host = urlsplit(origin).hostname
        request_host = urlsplit(f"//{host}").hostname if host else None
    except ValueError:
        return False
    return bool(page_host) and page_host == request_host


def api_enabled(env: Mapping[str, str] | None = None) -> bool:
    """Whether the operator asked for Rasa's HTTP API."""
    env = os.environ if env is None else env
    return env.get("RASA_ENABLE_API", "").strip().lower() in ("1", "true", "yes")


def server_arguments(env: Mapping[str, str] | None = None) -> list[str]:
    """The ``rasa run``/``rasa shell`` options that follow from the environment."""
    env = os.environ if env is None else env
    arguments = ["--interface", env.get("RASA_INTERFACE") or DEFAULT_INTERFACE]
    arguments += ["--cors", *allowed_origins(env)]
    if not api_enabled(env):
        return arguments
    secret = env.get("RASA_JWT_SECRET", "")
    if len(secret) < MIN_JWT_SECRET_CHARS:
        raise ExposureError(
            f"RASA_ENABLE_API=1 needs RASA_JWT_SECRET with at least {MIN_JWT_SECRET_CHARS} "
            "characters (e.g. `export RASA_JWT_SECRET=$(openssl rand -hex 32)`); "
            "the HTTP API is never started without authentication."
        )
    return arguments + ["--enable-api", "--jwt-secret", secret, "--jwt-method", JWT_METHOD]

"""Malformed credentials for Rasa's HTTP API get a 401, never a 500.

Rasa checks JWTs with sanic-jwt, which answers a token of non-ASCII
characters or with another algorithm (``alg: none``) with 500 and a
``Basic`` header with 400. This app-wide request middleware refuses every
``Authorization`` header that is not a well-formed, signed JWT of the
configured method before Rasa sees it; the channels' own routes are left
alone. Registered by the REST channel's blueprint (:mod:`connectors.rest`).
"""

from __future__ import annotations

import re
from typing import Any

import jwt
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from connectors.exposure import JWT_METHOD

_BEARER = re.compile(r"^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$")
CHANNEL_PREFIXES = ("/webhooks/", "/socket.io")


def credentials_problem(header: str | None) -> str | None:
    """Why an ``Authorization`` header cannot be a valid token; None when it may be."""
    if header is None:
        return None
    match = _BEARER.match(header)
    if not match:
        return "Authorization must be 'Bearer <JWT>'."
    try:
        algorithm = jwt.get_unverified_header(match.group(1)).get("alg")
    except jwt.PyJWTError:
        return "The token is not a JWT."
    return None if algorithm == JWT_METHOD else f"Only {JWT_METHOD} tokens are accepted."


async def refuse_malformed_credentials(request: Request) -> HTTPResponse | None:
    """401 for malformed credentials on the HTTP API's routes."""
    if request.path.startswith(CHANNEL_PREFIXES):
        return None
    problem = credentials_problem(request.headers.get("authorization"))
    if problem is None:
        return None
    return response.json({"error": "NotAuthenticated", "message": problem}, status=401)


class ApiAuthBlueprint(Blueprint):
    """A blueprint that also installs :func:`refuse_malformed_credentials` on the app."""

    def register(self, app: Sanic, options: dict[str, Any]) -> None:
        """Register the routes and the app-wide middleware."""
        app.register_middleware(refuse_malformed_credentials, "request")
        super().register(app, options)  # type: ignore[no-untyped-call]  # untyped in Sanic 21.12

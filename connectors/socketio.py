"""Rasa's socket.io channel for the chat widget, hardened, behind the answer guard.

The same checks as the REST channel (:mod:`connectors.guard`): cleaned text,
a note for cut pastes, never silence when Rasa could not answer, and a
message limit per conversation (:mod:`connectors.limits`). In addition to
Rasa's own channel (the socket.io contract of ``../notes/CONTRACTS.md``):

- a browser connection from another origin than the chat page's is refused
  (:func:`connectors.exposure.origin_allowed`);
- session ids are exactly 32 lowercase hex characters and belong to the live
  connection that asked for them: a malformed id, or one that another live
  connection holds, gets a new id in ``session_confirm``; after a disconnect
  (a reload of the tab) the id is free again, so the conversation comes back;
- a message is only taken for the session its connection holds;
- metadata from the client is dropped, except a language hint (the browser's
  language, two letters; :mod:`components.language` takes it as a hint only);
- each answer carries ``lang``, the language it is written in, for the widget
  (its own labels follow it), and the answer to a deletion ``history_deleted``
  (the widget then empties its transcript);
- Rasa's own ``jwt_key`` (and ``jwt_method``) in credentials.yml still works:
  with a key, a connection without a valid token (``auth: {token: ...}``) is
  refused, as in Rasa's channel;
- engine.io takes at most ``MAX_HTTP_BUFFER_BYTES`` per message, a malformed
  or too deeply nested packet closes that connection (never a 500);
- a browser closing its websocket prints no traceback.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from typing import Any

import engineio
from rasa.core.channels.channel import UserMessage, decode_bearer_token
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from connectors import safe_json
from connectors.exposure import allowed_origins, origin_allowed
from connectors.guard import HISTORY_DELETED, AnswerGuard, OnNewMessage
from connectors.limits import SenderLimiter

logger = logging.getLogger(__name__)

SESSION_ID = re.compile(r"^[0-9a-f]{32}$")
MAX_HTTP_BUFFER_BYTES = 32 * 1024
PING_INTERVAL_S = 25
PING_TIMEOUT_S = 20
HINT_KEY = "language_hint"
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,8})*$")  # "tr", "de-DE", "uk-UA"
LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")
CLAIM_WAIT_S = 1.0  # a reloaded tab may ask before the old connection's disconnect arrives


def language_hint(data: Any) -> dict[str, str] | None:
    """The browser's language from the client's metadata, as two letters; nothing else."""
    metadata = data.get("metadata") if isinstance(data, dict) else None
    hint = metadata.get(HINT_KEY) if isinstance(metadata, dict) else None
    if isinstance(hint, str) and LANGUAGE_TAG.match(hint):
        return {HINT_KEY: hint[:2].lower()}
    return None


class LanguageTaggedOutput(SocketIOOutput):
    """Rasa's socket.io output; every message also says which language it is written in."""

    language: str | None = None
    deleted = False

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """Remember the message's language (components.responses sets it), then send."""
        lang = message.get("lang")
        self.language = lang if isinstance(lang, str) and LANGUAGE_CODE.match(lang) else None
        self.deleted = message.get(HISTORY_DELETED) is True
        await super().send_response(recipient_id, message)

    async def _send_message(self, socket_id: str, response: Any) -> None:
        if self.language and isinstance(response, dict):
            response = {**response, "lang": self.language}
        if self.deleted and isinstance(response, dict):
            response = {**response, HISTORY_DELETED: True}
        await super()._send_message(socket_id, response)


class SessionRegistry:
    """Which live connection (socket.io sid) holds which session id."""

    def __init__(self) -> None:
        self._owner: dict[str, str] = {}
        self._session: dict[str, str] = {}

    def session_of(self, sid: str) -> str | None:
        """The session the connection holds."""
        return self._session.get(sid)

    def claim(self, sid: str, requested: Any) -> str | None:
        """Bind a well-formed, free (or already own) session id to the connection."""
        if not isinstance(requested, str) or not SESSION_ID.match(requested):
            return None
        if self._owner.get(requested, sid) != sid:
            return None
        self.release(sid)
        self._owner[requested], self._session[sid] = sid, requested
        return requested

    def release(self, sid: str) -> str | None:
        """Free the connection's session (disconnect, or a new request)."""
        session = self._session.pop(sid, None)
        if session is not None and self._owner.get(session) == sid:
            del self._owner[session]
        return session


class GuardedEngineIO(engineio.AsyncServer):  # type: ignore[misc]  # engineio has no types
    """engine.io server that answers a request for a closing session with 400, not 500."""

    async def handle_request(self, *args: Any, **kwargs: Any) -> Any:
        """engine.io's handler; too long bodies get 413 at once, a closing session 400.

        engine.io itself answers a too long polling body only after closing the
        session, which waits for the client's next poll (a request hanging ~45 s),
        and raises ``KeyError`` (500) for a poll of a session being closed.
        """
        request = args[0] if args else None
        body = getattr(request, "body", None) or b""
        if getattr(request, "method", "") == "POST" and len(body) > self.max_http_buffer_size:
            return response.text("Content is too long", status=413)
        try:
            return await super().handle_request(*args, **kwargs)
        except KeyError:
            return response.text("Invalid session", status=400)

    # engine.io returns nothing when a websocket ends (a browser closed its tab); Sanic
    # accepts that only from a handler marked as websocket, else it logs
    # "ServerError: Invalid response type None" with a traceback (sanic-org/sanic#2105).
    handle_request.is_websocket = True  # type: ignore[attr-defined]


class GuardedServer(AsyncServer):  # type: ignore[misc]  # python-socketio has no types
    """socket.io server that closes a connection sending an undecodable packet."""

    def _engineio_server_class(self) -> type[engineio.AsyncServer]:
        return GuardedEngineIO

    async def _handle_eio_message(self, eio_sid: str, data: Any) -> None:
        try:
            await super()._handle_eio_message(eio_sid, data)
        except ValueError:
            logger.warning("socket.io packet could not be decoded; connection closed")
            # not awaited here: closing waits for this very request to finish
            asyncio.get_running_loop().create_task(self.eio.disconnect(eio_sid))


class GuardedSocketIOInput(SocketIOInput):
    """socket.io input with origin check, bound session ids and guarded messages."""

    sio: GuardedServer  # Rasa's Optional attribute, set by blueprint() before any message

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """The socket.io server and its events (see the module docstring)."""
        guard = AnswerGuard(SenderLimiter.from_env())
        sio = GuardedServer(async_mode="sanic", cors_allowed_origins=[], json=safe_json,
                            max_http_buffer_size=MAX_HTTP_BUFFER_BYTES,
                            ping_interval=PING_INTERVAL_S, ping_timeout=PING_TIMEOUT_S)  # fmt: skip
        self.sio = sio
        # Rasa types socketio_path Optional; like Rasa's own blueprint(), pass on what is configured
        webhook = guard.attach(SocketBlueprint(sio, self.socketio_path, "socketio_webhook",  # type: ignore[arg-type]
                                               __name__))  # fmt: skip
        sessions = SessionRegistry()
        origins = allowed_origins()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: str, environ: dict[str, Any], auth: Any) -> bool:
            if not origin_allowed(environ.get("HTTP_ORIGIN"), environ.get("HTTP_HOST"), origins):
                logger.warning("socket.io connection from another origin refused")
                return False
            return self._token_valid(auth)

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: str) -> None:
            sessions.release(sid)

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Any) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            granted = await self._claim_soon(sessions, sid, requested)
            if granted is None:
                granted = sessions.claim(sid, uuid.uuid4().hex)
            for room in sio.rooms(sid, namespace=self.namespace):
                if room != sid:
                    sio.leave_room(sid, room, namespace=self.namespace)
            sio.enter_room(sid, granted, namespace=self.namespace)
            await sio.emit("session_confirm", granted, room=sid, namespace=self.namespace)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            sender = self._sender(sessions, sid, data)
            if sender is None:
                logger.warning("socket.io message for a session its connection does not hold")
                return
            text = data.get("message") if isinstance(data, dict) else None
            output = LanguageTaggedOutput(sio, self.bot_message_evt)
            message = UserMessage(text, output, sender, input_channel=self.name(),
                                  metadata=language_hint(data))  # fmt: skip
            await guard.handle_outages(on_new_message, message)

        return webhook

    def _token_valid(self, auth: Any) -> bool:
        """Rasa's ``jwt_key`` option: with a key, only a connection with a valid token."""
        if not self.jwt_key:
            return True
        token = auth.get("token") if isinstance(auth, dict) else None
        algorithm = self.jwt_algorithm or "HS256"  # Rasa's default for jwt_method
        valid = isinstance(token, str) and bool(decode_bearer_token(token, self.jwt_key, algorithm))
        if not valid:
            logger.warning("socket.io connection without a valid token refused (jwt_key is set)")
        return valid

    def _sender(self, sessions: SessionRegistry, sid: str, data: Any) -> str | None:
        """The conversation a message belongs to; None when the connection may not use it."""
        if not self.session_persistence:
            return sid
        requested = data.get("session_id") if isinstance(data, dict) else None
        held = sessions.session_of(sid)
        if held is None and (held := sessions.claim(sid, requested)) is not None:
            self.sio.enter_room(sid, held, namespace=self.namespace)
        return held if held is not None and requested == held else None

    @staticmethod
    async def _claim_soon(sessions: SessionRegistry, sid: str, requested: Any) -> str | None:
        """Claim the id, waiting briefly for a just-closed connection to let it go."""
        if not isinstance(requested, str) or not SESSION_ID.match(requested):
            return None
        deadline = asyncio.get_running_loop().time() + CLAIM_WAIT_S
        while (granted := sessions.claim(sid, requested)) is None:
            if asyncio.get_running_loop().time() > deadline:
                return None
            await asyncio.sleep(0.1)
        return granted

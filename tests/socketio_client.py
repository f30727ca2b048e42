"""One citizen's turn over Rasa's socket.io channel, as the widget sends it (python-socketio)."""

from __future__ import annotations

import asyncio
import secrets
from typing import Any

import socketio

ANSWER_TIMEOUT_S = 60
QUIET_S = 1.5  # after the first answer, wait this long for more bot messages


def _session_id(confirmed: Any) -> str:
    if isinstance(confirmed, dict):
        return str(confirmed.get("session_id", ""))
    return str(confirmed)


async def _turn(url: str, texts: list[str], transports: list[str]) -> tuple[str, list[list[str]]]:
    client = socketio.AsyncClient(reconnection=False)
    answers: asyncio.Queue[str] = asyncio.Queue()
    confirmed: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
    client.on("bot_uttered", lambda data: answers.put_nowait(str(data.get("text", ""))))
    client.on("session_confirm", lambda data: confirmed.done() or confirmed.set_result(data))
    await client.connect(url, transports=transports, socketio_path="socket.io")
    try:
        await client.emit("session_request", {"session_id": secrets.token_hex(16)})
        session = _session_id(await asyncio.wait_for(confirmed, ANSWER_TIMEOUT_S))
        replies = []
        for text in texts:
            await client.emit("user_uttered", {"message": text, "session_id": session})
            said = [await asyncio.wait_for(answers.get(), ANSWER_TIMEOUT_S)]
            while True:
                try:
                    said.append(await asyncio.wait_for(answers.get(), QUIET_S))
                except asyncio.TimeoutError:
                    break
            replies.append(said)
        return session, replies
    finally:
        await client.disconnect()


def chat(url: str, *texts: str, transports: tuple[str, ...] = ("websocket",)) -> list[list[str]]:
    """Connect, ask for a session, send each text; the bot's texts per message."""
    return asyncio.run(_turn(url, list(texts), list(transports)))[1]

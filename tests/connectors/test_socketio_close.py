"""A browser closing its socket is a normal event: no traceback on the console.

engine.io's handler returns nothing once a websocket ends; Sanic then logs
``ServerError: Invalid response type None`` with a traceback unless the route
is marked as a websocket route (sanic-org/sanic#2105).
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time

import requests
import socketio

from scripts.stack import ROOT, free_port, wait_until_up

SERVER = """
import sys
from rasa.core.channels.channel import register
from sanic import Sanic
from connectors.socketio import GuardedSocketIOInput

app = Sanic("closing_socket_test")
channel = GuardedSocketIOInput.from_credentials(
    {"user_message_evt": "user_uttered", "bot_message_evt": "bot_uttered",
     "session_persistence": True})
register([channel], app, route="/webhooks/")
app.run(host="127.0.0.1", port=int(sys.argv[1]), access_log=False)
"""


async def _open_and_close(url: str) -> None:
    """What a browser tab does when it is closed: connect over websocket, then go away."""
    client = socketio.AsyncClient(reconnection=False)
    await client.connect(url, transports=["websocket"], socketio_path="socket.io")
    await client.emit("session_request", {"session_id": None})
    await asyncio.sleep(0.5)
    await client.disconnect()


def test_closing_a_websocket_prints_no_traceback() -> None:
    port = free_port()
    env = {"PYTHONPATH": str(ROOT), "WEB_PORT": "8080", "PATH": "/usr/bin:/bin"}
    server = subprocess.Popen([sys.executable, "-c", SERVER,
                               str(port)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_up(f"{url}/webhooks/socketio/", {"server": server}, timeout=120)
        for _ in range(2):
            asyncio.run(_open_and_close(url))
        time.sleep(1.0)
        assert requests.get(f"{url}/webhooks/socketio/", timeout=5).ok
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert "Traceback" not in output and "Invalid response type" not in output, output

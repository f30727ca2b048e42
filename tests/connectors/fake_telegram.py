"""A fake Telegram Bot API on localhost that records what the bot calls."""

from __future__ import annotations

import cgi
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

BOT_NAME = "soziale_stadt_test_bot"


class FakeTelegram:
    """Calls received, by method name, each as a dict of its fields."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, str]]] = []
        self.url = ""

    def of(self, method: str) -> list[dict[str, str]]:
        """The calls of one API method, in order."""
        return [fields for name, fields in self.calls if name == method]


def _handler(fake: FakeTelegram) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            method = self.path.rsplit("/", 1)[-1]
            fake.calls.append((method, self._fields()))
            body = json.dumps({"ok": True, "result": _result(method)}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _fields(self) -> dict[str, str]:
            kind = self.headers.get("Content-Type", "")
            length = int(self.headers.get("Content-Length", 0))
            if kind.startswith("multipart/"):
                form = cgi.FieldStorage(fp=self.rfile, headers=self.headers,
                                        environ={"REQUEST_METHOD": "POST"})  # fmt: skip
                return {key: form.getvalue(key) for key in form}
            raw = self.rfile.read(length).decode()
            if kind.startswith("application/json"):
                return {k: str(v) for k, v in json.loads(raw or "{}").items()}
            return {key: values[0] for key, values in parse_qs(raw).items()}

        def log_message(self, *args: object) -> None:
            pass

    return Handler


def _result(method: str) -> object:
    if method == "getMe":
        return {"id": 42, "is_bot": True, "first_name": "Test", "username": BOT_NAME}
    if method in ("sendMessage", "sendPhoto"):
        return {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}, "text": ""}
    return True


@contextmanager
def fake_telegram() -> Iterator[FakeTelegram]:
    """Serve the fake API on a spare localhost port while the block runs."""
    fake = FakeTelegram()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()

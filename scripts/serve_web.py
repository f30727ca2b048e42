"""Serve the chat page in web/ on localhost for `make run` (production uses nginx).

``/config.js`` tells the page where the Rasa socket.io server is
(``RASA_SOCKET_URL``, default ``http://localhost:5005``); ``/vendor/webchat.js``
is the rasa-webchat bundle installed by npm. Usage:
``python scripts/serve_web.py [--port 8080]``.
"""

from __future__ import annotations

import argparse
import json
import os
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB = Path(__file__).resolve().parent.parent / "web"
WIDGET = WEB / "node_modules" / "rasa-webchat" / "lib" / "index.js"
# Scripts only from this page, no inline script, no fonts or styles from other hosts (the
# widget's CSS asks for Google Fonts: blocked, so no citizen's visit is reported to Google).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self' http://localhost:* ws://localhost:*; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
)


class PageHandler(SimpleHTTPRequestHandler):
    """Static files of web/, the widget bundle, and the socket URL as config.js."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        """Answer config.js from the environment, everything else from disk."""
        if self.path.split("?")[0] == "/config.js":
            url = os.environ.get("RASA_SOCKET_URL", "http://localhost:5005")
            body = f"window.SOZIALE_STADT_CONFIG = {json.dumps({'socketUrl': url})};\n".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def translate_path(self, path: str) -> str:
        """Map /vendor/webchat.js to the npm package; refuse node_modules otherwise."""
        if path.split("?")[0] == "/vendor/webchat.js":
            return str(WIDGET)
        if path.startswith("/node_modules"):
            return str(WEB / "missing")
        return super().translate_path(path)

    def end_headers(self) -> None:
        """Headers that keep the page from running or loading foreign content."""
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "same-origin")
        super().end_headers()


def main() -> None:
    """Serve until interrupted."""
    parser = argparse.ArgumentParser(description="Serve the chat page on localhost.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("WEB_PORT", "8080")))
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    if not WIDGET.exists():
        raise SystemExit("rasa-webchat is missing: run `make setup` (npm install in web/).")
    handler = partial(PageHandler, directory=str(WEB))
    with ThreadingHTTPServer((args.host, args.port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()

"""Serve the chat page in web/ for `make run` and the browser tests (production uses nginx).

Only the page's own files are served (an allowlist, no directory listing, no
node_modules): the HTML pages, ``styles.css``, ``js/*.js``, the widget's
wording ``i18n/<code>.json``, socket.io-client's
browser build as ``/vendor/socket.io.esm.min.js`` (from web/node_modules, pinned
by web/package-lock.json) and ``/config.js``, which tells the page where Rasa's
socket.io server is (``RASA_SOCKET_URL``; unset: the page's own origin, as
behind nginx). Text is gzip-compressed when the browser accepts it; every
answer carries a strict Content-Security-Policy (scripts only from this
origin, connections only to it and to the socket server) and cache headers.
Usage: ``python scripts/serve_web.py [--host 127.0.0.1] [--port 8080]``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

WEB = Path(__file__).resolve().parent.parent / "web"
SOCKET_IO = WEB / "node_modules" / "socket.io-client" / "dist"
PAGES = ("index.html", "barrierefreiheit.html", "leichte-sprache.html", "datenschutz.html")
STATIC = ("styles.css", "favicon.svg", "robots.txt")
VENDOR = ("socket.io.esm.min.js", "socket.io.esm.min.js.map")
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".map": "application/json",
    ".json": "application/json; charset=utf-8",
    ".svg": "image/svg+xml",
    ".txt": "text/plain; charset=utf-8",
}
# HTML and config.js are revalidated on every visit; the rest may be reused for an hour.
NO_CACHE = "no-cache"
ASSET_CACHE = "public, max-age=3600"
MIN_GZIP_BYTES = 512
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "SAMEORIGIN",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}


@dataclass(frozen=True)
class Asset:
    """One file as served: its bytes, their gzip form, type, cache policy and ETag."""

    body: bytes
    gzipped: bytes | None
    content_type: str
    cache: str
    etag: str


def make_asset(body: bytes, suffix: str, cache: str = ASSET_CACHE) -> Asset:
    """An asset with its gzip form (all assets are text; tiny ones stay plain) and an ETag."""
    gzipped = gzip.compress(body, 9, mtime=0) if len(body) >= MIN_GZIP_BYTES else None
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
    return Asset(body, gzipped, TYPES[suffix], cache, etag)


def socket_origins(socket_url: str | None) -> str:
    """The CSP connect-src sources for the socket server: its http(s) and ws(s) origin."""
    if not socket_url:
        return ""
    parts = urlsplit(socket_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SystemExit(f"RASA_SOCKET_URL must be an http(s) URL, not {socket_url!r}")
    ws = "wss" if parts.scheme == "https" else "ws"
    return f" {parts.scheme}://{parts.netloc} {ws}://{parts.netloc}"


def content_security_policy(socket_url: str | None) -> str:
    """Scripts, styles and images only from this origin; connections to it and to Rasa."""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        f"connect-src 'self'{socket_origins(socket_url)}; manifest-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
    )


def config_script(socket_url: str | None) -> bytes:
    """``/config.js``: where the page finds Rasa's socket.io server (null: its own origin)."""
    return f"window.SOZIALE_STADT_CONFIG = {json.dumps({'socketUrl': socket_url})};\n".encode()


def load_assets(socket_url: str | None) -> dict[str, Asset]:
    """Every URL path the page needs, read once at start-up."""
    assets = {"/config.js": make_asset(config_script(socket_url), ".js", NO_CACHE)}
    for name in PAGES:
        if (WEB / name).exists():
            assets[f"/{name}"] = make_asset((WEB / name).read_bytes(), ".html", NO_CACHE)
    assets["/"] = assets["/index.html"]
    for name in STATIC:
        assets[f"/{name}"] = make_asset((WEB / name).read_bytes(), Path(name).suffix)
    for path in sorted((WEB / "js").glob("*.js")):
        assets[f"/js/{path.name}"] = make_asset(path.read_bytes(), ".js")
    for path in sorted((WEB / "i18n").glob("*.json")):
        assets[f"/i18n/{path.name}"] = make_asset(path.read_bytes(), ".json")
    for name in VENDOR:
        assets[f"/vendor/{name}"] = make_asset((SOCKET_IO / name).read_bytes(), Path(name).suffix)
    return assets


class PageHandler(BaseHTTPRequestHandler):
    """GET/HEAD for the page's files; 404 for everything else, 405 for other methods."""

    assets: dict[str, Asset] = {}
    csp = content_security_policy(None)
    protocol_version = "HTTP/1.1"
    server_version = "soziale-stadt-web"
    sys_version = ""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        """Send the asset, compressed when accepted, or 304 when the browser has it."""
        self.answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        """Like GET without the body."""
        self.answer(send_body=False)

    def do_POST(self) -> None:  # noqa: N802
        """The page takes no uploads."""
        self.plain(405, "Method Not Allowed", {"Allow": "GET, HEAD"})

    def answer(self, send_body: bool) -> None:
        """One asset, with the headers it needs."""
        asset = self.assets.get(self.path.split("?", 1)[0].split("#", 1)[0])
        if asset is None:
            self.plain(404, "Nicht gefunden")
            return
        if self.headers.get("If-None-Match") == asset.etag:
            self.send_response(304)
            self.common_headers(asset)
            self.end_headers()
            return
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        body = asset.gzipped if asset.gzipped is not None and gzip_ok else asset.body
        self.send_response(200)
        self.common_headers(asset)
        self.send_header("Content-Type", asset.content_type)
        if body is asset.gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def common_headers(self, asset: Asset) -> None:
        """Cache policy, ETag, and Vary for compressed assets."""
        self.send_header("Cache-Control", asset.cache)
        self.send_header("ETag", asset.etag)
        if asset.gzipped is not None:
            self.send_header("Vary", "Accept-Encoding")

    def plain(self, status: int, text: str, extra: dict[str, str] | None = None) -> None:
        """A short plain-text answer (errors)."""
        body = f"{status} {text}\n".encode()
        self.send_response(status)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self) -> None:
        """The security headers on every answer."""
        self.send_header("Content-Security-Policy", self.csp)
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet unless something went wrong (4xx/5xx)."""
        if len(args) > 1 and str(args[1])[:1] in "45":
            super().log_message(format, *args)


def make_handler(socket_url: str | None) -> type[PageHandler]:
    """A handler class bound to the assets and CSP for this socket URL."""
    return type(
        "BoundPageHandler",
        (PageHandler,),
        {"assets": load_assets(socket_url), "csp": content_security_policy(socket_url)},
    )


def main() -> None:
    """Serve until interrupted."""
    parser = argparse.ArgumentParser(description="Serve the chat page.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("WEB_PORT", "8080")))
    parser.add_argument("--host", default="127.0.0.1", help="default: loopback only")
    args = parser.parse_args()
    if not (SOCKET_IO / VENDOR[0]).exists():
        raise SystemExit("socket.io-client is missing: run `make setup` (npm ci in web/).")
    handler = make_handler(os.environ.get("RASA_SOCKET_URL") or None)
    with ThreadingHTTPServer((args.host, args.port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()

"""scripts/serve_web.py: only the page's files, compressed, with strict headers (no browser)."""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest
import requests

from scripts import serve_web
from scripts.serve_web import WEB, make_handler

SOCKET_URL = "http://localhost:5999"


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    if not (serve_web.SOCKET_IO / serve_web.VENDOR[0]).exists():
        pytest.skip("web/node_modules is missing (npm ci in web/)")
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(SOCKET_URL))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def raw(url: str, **headers: str) -> requests.Response:
    """A GET without transparent decompression, to see what went over the wire."""
    response = requests.get(url, headers=headers, stream=True, timeout=5)
    response.raw.decode_content = False
    response._content = response.raw.read()  # noqa: SLF001
    return response


def test_page_and_its_assets_are_served(base_url: str) -> None:
    page = requests.get(f"{base_url}/", timeout=5)
    assert page.status_code == 200 and page.text == (WEB / "index.html").read_text()
    for path in ("/js/chat.js", "/styles.css", "/vendor/socket.io.esm.min.js", "/robots.txt",
                 "/js/i18n.js", "/i18n/ar.json"):  # fmt: skip
        assert requests.get(base_url + path, timeout=5).status_code == 200, path
    wording = requests.get(f"{base_url}/i18n/tr.json", timeout=5)
    assert wording.headers["Content-Type"].startswith("application/json")
    assert wording.json() == json.loads((WEB / "i18n" / "tr.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "path",
    ["/package.json", "/node_modules/socket.io-client/package.json", "/js/", "/../README.md",
     "/%2e%2e/README.md", "/vendor/socket.io.js", "/index.html.gz"],
)  # fmt: skip
def test_nothing_else_is_served(base_url: str, path: str) -> None:
    assert requests.get(base_url + path, timeout=5).status_code == 404


def test_text_is_gzipped_when_accepted(base_url: str) -> None:
    path = "/vendor/socket.io.esm.min.js"
    original = (serve_web.SOCKET_IO / "socket.io.esm.min.js").read_bytes()
    zipped = raw(base_url + path, **{"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert zipped.headers["Vary"] == "Accept-Encoding"
    assert gzip.decompress(zipped.content) == original
    assert len(zipped.content) < len(original) / 2
    plain = raw(base_url + path, **{"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers and plain.content == original


def test_strict_security_headers_on_every_answer(base_url: str) -> None:
    for path in ("/", "/js/chat.js", "/missing"):
        headers = requests.get(base_url + path, timeout=5).headers
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self';" in csp and "unsafe" not in csp
        assert "default-src 'none'" in csp
        assert f"connect-src 'self' {SOCKET_URL} ws://localhost:5999;" in csp
        assert headers["X-Content-Type-Options"] == "nosniff"


def test_cache_headers_and_revalidation(base_url: str) -> None:
    page = requests.get(f"{base_url}/", timeout=5)
    assert page.headers["Cache-Control"] == "no-cache"
    script = requests.get(f"{base_url}/js/chat.js", timeout=5)
    assert "max-age=" in script.headers["Cache-Control"]
    again = requests.get(
        f"{base_url}/js/chat.js", headers={"If-None-Match": script.headers["ETag"]}
    )
    assert again.status_code == 304 and again.content == b""


def test_config_tells_the_page_where_rasa_is(base_url: str) -> None:
    config = requests.get(f"{base_url}/config.js", timeout=5)
    assert config.text == f'window.SOZIALE_STADT_CONFIG = {{"socketUrl": "{SOCKET_URL}"}};\n'
    assert config.headers["Cache-Control"] == "no-cache"


def test_secure_socket_url_allows_wss_only_for_its_origin() -> None:
    csp = serve_web.content_security_policy("https://chat.example.org")
    assert "connect-src 'self' https://chat.example.org wss://chat.example.org;" in csp
    assert "connect-src 'self';" in serve_web.content_security_policy(None)
    with pytest.raises(SystemExit):
        serve_web.content_security_policy("javascript:alert(1)")

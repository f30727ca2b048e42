r"""Read a saved copy of the page whatever editor saved it, or refuse it in German.

Editors save the page as UTF-8 (with or without the byte-order mark a Windows
editor adds) or as Windows-1252 ("ANSI"). Both are read. A UTF-8 file that was
cut in the middle of a character ("Projektb\\xc3" at the very end) is refused,
not read as Windows-1252: that would turn every "ü" of the page into "Ã¼".
"""

from __future__ import annotations

import codecs
import re

__all__ = ["UndecodablePage", "decode_page"]

# A complete multi-byte UTF-8 character: Windows-1252 German text never has one
# ("ü" is the single byte 0xFC there, followed by a letter, not a continuation byte).
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


class UndecodablePage(ValueError):
    """The bytes are neither UTF-8 nor Windows-1252; the message says where, in German."""


def decode_page(data: bytes) -> str:
    """The text of the page file.

    Raises:
        UndecodablePage: a damaged UTF-8 file, binary data, or an unknown encoding.
    """
    if b"\x00" in data:
        raise UndecodablePage("Die Datei enthält Binärdaten (Nullbytes), keinen Text der Seite.")
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8) :])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _UTF8_MULTIBYTE.search(data):
            raise _damaged(error) from None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise UndecodablePage(
            f"Die Datei ist weder UTF-8 noch Windows-1252 (Byte {error.start + 1}). "
            "Bitte die Seite als UTF-8 speichern."
        ) from None


def _utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _damaged(error) from None


def _damaged(error: UnicodeDecodeError) -> UndecodablePage:
    where = "am Ende abgeschnitten" if error.end >= len(error.object) else "beschädigt"
    return UndecodablePage(
        f"Die Datei ist UTF-8, aber {where} (Byte {error.start + 1} von {len(error.object)}): "
        "ein Zeichen ist unvollständig. Bitte die Seite neu speichern."
    )

"""What a Telegram update asks of the bot, read from the Bot API's JSON (no Rasa inside).

- a text (or a caption) goes to Rasa; ``/start`` (the first message of every
  Telegram user) and ``/hilfe`` become the greet and help intents; a command
  addressed as ``/start@bot_name`` counts the same;
- a button press (``callback_query``) sends its payload, an edited message its
  new text;
- stickers, voice notes, photos, videos, documents, animations and the like
  get a short reply that the bot reads text only; a shared location, venue or
  contact gets the question for the district's name. These are answered by
  the channel directly, so nothing of them (a contact's phone number, a
  position) is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

COMMANDS = {"/start": "/greet", "/hilfe": "/help", "/help": "/help"}
MEDIA = frozenset([
    "sticker", "voice", "audio", "photo", "video", "video_note", "document", "animation",
    "dice", "poll", "game", "invoice", "story",
])  # fmt: skip
PLACES = frozenset(["location", "venue", "contact"])
TEXT_ONLY_RESPONSE = "utter_telegram_text_only"
PLACE_RESPONSE = "utter_telegram_ask_district"


@dataclass(frozen=True)
class Incoming:
    """One update: who sent it, and either a text for Rasa or a response to send directly."""

    chat_id: str
    text: str | None = None
    response: str | None = None
    callback_id: str | None = None
    language: str | None = None  # the sender's app language (two letters), a hint only


def read_update(update: Any, bot_name: str | None = None) -> Incoming | None:
    """What to do with an update; None for kinds the bot ignores (channel posts, joins)."""
    if not isinstance(update, dict):
        return None
    query = update.get("callback_query")
    if isinstance(query, dict):
        return _button(query)
    message = update.get("message") or update.get("edited_message")
    if not isinstance(message, dict):
        return None
    chat_id = _chat_id(message.get("chat"))
    if chat_id is None:
        return None
    text = message.get("text") or message.get("caption")
    language = _language(message.get("from"))
    if isinstance(text, str):
        return Incoming(chat_id, text=command_text(text, bot_name), language=language)
    if PLACES & message.keys():
        return Incoming(chat_id, response=PLACE_RESPONSE, language=language)
    if MEDIA & message.keys():
        return Incoming(chat_id, response=TEXT_ONLY_RESPONSE, language=language)
    return None


def command_text(text: str, bot_name: str | None = None) -> str:
    """The text for Rasa: the bot's commands as intents, everything else unchanged."""
    first, _, rest = text.strip().partition(" ")
    name, _, addressee = first.partition("@")
    if addressee and bot_name and addressee.lower() != bot_name.lower():
        return text  # a command for another bot in a group
    intent = COMMANDS.get(name.lower())
    if intent and (name.lower() == "/start" or not rest):
        return intent
    return text


def _button(query: dict[str, Any]) -> Incoming | None:
    message = query.get("message")
    message = message if isinstance(message, dict) else {}
    chat_id = _chat_id(message.get("chat")) or _chat_id(query.get("from"))
    data = query.get("data")
    if chat_id is None or not isinstance(data, str):
        return None
    callback_id = query.get("id") if isinstance(query.get("id"), str) else None
    return Incoming(chat_id, text=data, callback_id=callback_id)


def _chat_id(chat: Any) -> str | None:
    """The chat's id as text; None unless it is an integer, as the Bot API sends it."""
    if not isinstance(chat, dict):
        return None
    value = chat.get("id")
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return str(value)


def _language(sender: Any) -> str | None:
    """Telegram's ``language_code`` of the sender ("tr", "uk-UA"), as two lowercase letters."""
    code = sender.get("language_code") if isinstance(sender, dict) else None
    if isinstance(code, str) and len(code) >= 2 and code[:2].isascii() and code[:2].isalpha():
        return code[:2].lower()
    return None

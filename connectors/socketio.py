"""Rasa's socket.io channel for the chat widget, behind the answer guard.

The same checks as the REST channel (:mod:`connectors.guard`): cleaned text,
a note for cut pastes, and never silence when Rasa could not answer.
"""

from __future__ import annotations

from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from connectors.guard import AnswerGuard, OnNewMessage


class GuardedSocketIOInput(SocketIOInput):
    """socket.io input whose messages pass the answer guard."""

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Rasa's socket.io blueprint around the guarded handler."""
        guard = AnswerGuard()
        return guard.attach(super().blueprint(guard.wrap(on_new_message)))

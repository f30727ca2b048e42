"""Small talk, and a question asked beside it."""

from __future__ import annotations

from dataclasses import replace

from actions.decision import deciding  # decide() calls back into this module
from actions.decision.intents import runners_up
from actions.decision.kinds import Decision, Kind, via
from actions.decision.signals import names_anything
from actions.focus import Focus
from actions.turn import Turn
from knowledge import KnowledgeBase

# Small talk: its own short answer, unless the message asks more (see small_talk).
SMALL_TALK_KINDS: dict[str, Kind] = {"greet": Kind.GREET, "goodbye": Kind.GOODBYE,
                                     "thank": Kind.THANK, "affirm": Kind.AFFIRM, "deny": Kind.DENY,
                                     "bot_challenge": Kind.BOT_CHALLENGE}  # fmt: skip


# What a question beside small talk may come to and still be no question ("wie geht's?").
_NOTHING_ASKED = frozenset({Kind.FALLBACK, Kind.PROJECT_UNKNOWN, Kind.ASK_PLACE, Kind.ASK_PROJECT,
                            Kind.OUT_OF_SCOPE})  # fmt: skip


def small_talk(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """Thanks, a greeting, "ja", "nein", "tschüss", "bist du ein Bot?": its short answer.

    A question in the same message is answered instead, read as the NLU's best
    question reading (else by its shape): "danke! und wer ist in Eving
    zuständig?", "nein, nicht Hörde, ich meinte Brackel", "bist du ein Bot? ich
    suche was für meine Oma in Scharnhorst". Thanks that name something ("danke
    für die Infos zu Hörde") ask nothing; nor does a question that finds nothing.
    """
    own = Decision(SMALL_TALK_KINDS[turn.intent], rule="small_talk")
    if not _asks_more(turn, focus):
        return own
    asked = deciding.decide(replace(turn, intent=_question_intent(turn)), focus, kb)
    return own if asked.kind in _NOTHING_ASKED else via("small_talk", asked)


def _asks_more(turn: Turn, focus: Focus) -> bool:
    """Besides the small talk, the message asks something of its own (see small_talk)."""
    if runners_up(turn) or turn.correction or turn.pick_only or turn.bare_place:
        return True
    if turn.other_one and focus.project is not None:  # "no, the other one" after one of two
        return True
    if turn.only_details and focus.subject:  # "thanks! by the way, and the phone number?"
        return True
    if (turn.more and focus.projects) or (turn.membership and names_anything(turn)):
        return True
    if turn.intent == "deny" and turn.continues and turn.only_place_names:
        return True  # "nein, Marten!" corrects
    if turn.asks_contact and turn.points_there and focus.places:
        return True  # "dziękuję! a kto tam jest odpowiedzialny?"
    asked = turn.question_mark or turn.yes_no  # not "danke für den Link!"
    if turn.continues and turn.asks_pages and asked:  # "danke. gibts links zum zitieren?"
        return True
    asks = turn.question_mark or turn.asks_contact or turn.asks_someone or turn.asks_list
    named = names_anything(turn) or turn.names_someone or turn.need_words
    return turn.continues and (asks or turn.yes_no or bool(turn.details)) and bool(named)


def _question_intent(turn: Turn) -> str:
    """The NLU's best question reading of the message, else the one its shape suggests."""
    ranked = runners_up(turn)
    if ranked:
        return ranked[0]
    if turn.asks_pages:
        return "links"
    if turn.asks_contact or turn.asks_someone or turn.details:
        return "district_contact"
    return "project_search" if turn.groups or turn.asks_list or turn.hits else "inform"

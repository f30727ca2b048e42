"""The one place that decides every answer; see :mod:`actions.decision`."""

from __future__ import annotations

from dataclasses import replace

from actions.decision.follow_ups import (
    about_the_one,
    correction,
    details_only,
    not_said_of_project,
    place_follow_up,
    project_follow_up,
    report_follow_up,
    where_asked,
    yes_no,
)
from actions.decision.for_whom import for_another_age
from actions.decision.intents import BY_INTENT, FALLBACK_INTENT, fallback, runners_up
from actions.decision.kinds import Decision, Kind, Step, first, via
from actions.decision.limits import STORY_WORDS
from actions.decision.lists import for_another_person, next_page, search, similar_projects
from actions.decision.named import described_project, one_named_project
from actions.decision.narrowing import list_at_place, project_at_place
from actions.decision.nothing_fits import answer_beyond_plan, nothing_fits
from actions.decision.picks import (
    all_projects,
    earlier_list,
    more_only,
    one_of_the_list,
    pick_only,
    show_only,
    step_only,
    the_other,
    topic_of_this,
)
from actions.decision.plan_questions import plan_question
from actions.decision.signals import fits_at_length, names_anything, names_the_plan
from actions.decision.small_talk import SMALL_TALK_KINDS, small_talk
from actions.decision.stories import out_of_scope, situation
from actions.focus import Focus
from actions.turn import Turn
from knowledge import KnowledgeBase
from knowledge.language import detect
from knowledge.lexicon import DEFAULT_LANGUAGE

OUT_OF_SCOPE = "out_of_scope"  # the NLU's intent for questions outside the plan
# Intents whose own answer a message of pause words keeps: "was kann ich fragen?" (help),
# "Na, ich hab ne Frage" (greet).
NO_PAUSE = frozenset({"help", "greet"})

# Answers that give nothing of substance: the NLU's next reading may do better.
_EMPTY_HANDED = frozenset({Kind.FALLBACK, Kind.PROJECT_UNKNOWN, Kind.PROJECT_NONE, Kind.ASK_PLACE,
                           Kind.ASK_PROJECT, Kind.OUT_OF_SCOPE})  # fmt: skip

# Answers that say "yes" or "no" to a yes/no question by what they contain.
_YES_KINDS = frozenset({Kind.PLACE_CONTACT, Kind.PERSON_CONTACT, Kind.OFFICE_CONTACT, Kind.REPORT,
                        Kind.PROJECT_DETAIL, Kind.PROJECT_LIST, Kind.TOPIC})  # fmt: skip

_NO_KINDS = frozenset({Kind.PROJECT_NONE, Kind.PROJECT_NONE_IN_PLACES, Kind.PROJECT_ELSEWHERE,
                       Kind.NO_MORE})  # fmt: skip

# Answers that show projects by what the page says of them.
_NAMED = frozenset({Kind.PROJECT_DETAIL, Kind.PROJECT_LIST})

# Answers that a question for the people where the citizen is ("vor Ort") replaces by theirs
# (a project's own places stay its contact: "wer ist da vor Ort?" after one project).
_HOME_KINDS = frozenset({Kind.OFFICE_CONTACT, Kind.ASK_PLACE})

# Signals that hold whatever the intent, in this order (the first that takes the turn decides).
_ABSORBING: tuple[Step, ...] = (pick_only, step_only, similar_projects, topic_of_this, earlier_list,
                                the_other,
                                more_only, show_only, all_projects, details_only, correction,
                                list_at_place, project_at_place,
                                place_follow_up, yes_no, not_said_of_project, about_the_one,
                                where_asked, one_named_project, project_follow_up,
                                report_follow_up,
                                one_of_the_list,
                                described_project, plan_question, situation)  # fmt: skip


def decide(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The answer to this turn; see :mod:`actions.decision`."""
    return _with_terms(turn, _with_home(turn, focus, kb, _decide(turn, focus, kb)))


def _with_terms(turn: Turn, decision: Decision) -> Decision:
    """Projects asked for their terms: the Projektbüro's contact beside them.

    "Was kostet das Windel-Cafe?", "Wie melde ich mein Kind beim Walkingbus an?": the page
    names the project but no prices, times, addresses or how to sign up. The project is
    shown, so the citizen sees what the plan says, and the office that knows the rest.
    """
    if decision.kind not in _NAMED or not decision.projects or not _asks_terms(turn):
        return decision
    return replace(decision, terms=True, rule=f"{decision.rule}>terms")


def _asks_terms(turn: Turn) -> bool:
    """A short question for prices, times or signing up; a story's "ab 6 Uhr" asks none."""
    words = turn.terms_question_words or turn.words  # German: the question that asks them
    loose = turn.terms_elsewhere or turn.asks_specifics  # "години": years in Bulgarian
    asked = turn.asks_terms or turn.asks_price or (loose and turn.question_mark)
    return asked and words <= STORY_WORDS


def _with_home(turn: Turn, focus: Focus, kb: KnowledgeBase, decision: Decision) -> Decision:
    """A contact asked of where the citizen is: the people of the place they named before.

    "Ich betreue Familien in Scharnhorst-Ost." ... "Gibt es vor Ort jemanden?" asks for the
    people on site in Scharnhorst Ost, not for the Projektbüro nor which place is meant
    (:attr:`Turn.points_home`, :attr:`Focus.home`).
    """
    named = turn.places or turn.projects or turn.office
    if decision.kind not in _HOME_KINDS or not turn.points_home or named:
        return decision
    home = tuple(d for d in kb.districts() if d.name in focus.home)
    if not home or len(home) == len(kb.districts()):
        return decision
    return Decision(Kind.PLACE_CONTACT, home, details=decision.details or turn.details,
                    answer=decision.answer, rule=f"{decision.rule}.home")  # fmt: skip


def _decide(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    if turn.crisis:  # "Mein Mann schlägt mich ...": the emergency numbers before anything the
        return Decision(Kind.CRISIS, rule="crisis")  # plan offers, whatever the NLU read
    if turn.pause and turn.intent not in NO_PAUSE:  # "moment, kurz überlegen", "ich hab noch ne
        return Decision(Kind.AFFIRM, rule="pause")  # Frage": an aside, the focus stays
    if turn.thanks and turn.intent not in SMALL_TALK_KINDS:  # "sağol evladım" read as
        return Decision(Kind.THANK, rule="thanks")  # nothing: thanks, not the plan
    if turn.pictograms and focus.subject:  # "🙄", "😅" in a talk: a feeling, no question
        return Decision(Kind.AFFIRM, rule="pictograms")  # a short "Gut", the focus stays
    if turn.complaint and focus.subject and not _asks_beside_complaint(turn):
        return Decision(Kind.COMPLAINT, rule="complaint")  # "viel zu lang": thanks, the focus stays
    if turn.language_apology and not _asks_beside_apology(turn):  # "sorry mein deutsch is
        return Decision(Kind.LANGUAGE_OK, rule="language_apology")  # nich so gut": the focus stays
    if turn.aside and focus.subject and not _asks_beside_aside(turn):  # "bin grad im Bus nach
        return Decision(Kind.THANK if turn.thanked else Kind.ASIDE, rule="aside")  # Hörde"
    if turn.human and not names_anything(turn):  # "ich will mit nem echten Menschen reden":
        return Decision(Kind.HUMAN, rule="human")  # the Projektbüro, whatever is in focus
    again = for_another_person(turn, focus, kb)  # "nein, für meine Tochter, die ist 7": the
    if again is not None:  # list's need for her, whatever the NLU read ("нет, для ..." as deny)
        return again
    if turn.intent in SMALL_TALK_KINDS and _story_read_as_small_talk(turn):
        turn = replace(turn, intent=FALLBACK_INTENT)  # "merhaba, 3 yaşında oğlum var, kreş ..."
    if turn.intent in SMALL_TALK_KINDS:
        return small_talk(turn, focus, kb)
    if turn.intent == OUT_OF_SCOPE:
        decision = out_of_scope(turn, focus, kb)
        if decision.kind is Kind.OUT_OF_SCOPE:  # a need no project is for: the Projektbüro
            decision = answer_beyond_plan(turn, decision)
        return _as_yes_or_no(turn, decision)
    absorbed = first(_ABSORBING, turn, focus, kb)
    if absorbed is not None:
        return for_another_age(turn, focus, kb, absorbed)
    decision = _runner_up(turn, focus, kb, BY_INTENT.get(turn.intent, fallback)(turn, focus, kb))
    if _found_again(turn, focus, decision):  # "gibts sonst noch was für Babys?": more of them
        return via("more.same", next_page(focus, kb))
    if decision.kind in _EMPTY_HANDED and turn.need_words:  # a group named in another language
        found = search(turn, kb)
        decision = decision if found.kind in _EMPTY_HANDED else via("need", found)
    return _as_yes_or_no(turn, for_another_age(turn, focus, kb, nothing_fits(turn, decision)))


def _asks_beside_complaint(turn: Turn) -> bool:
    """A complaint that names or asks something, or tells a situation that projects fit.

    "das bringt nichts, ich brauche Hilfe bei meinen Schulden" is answered as a question.
    """
    told = turn.need_fits or (turn.tells and bool(turn.hits))
    return names_anything(turn) or turn.question_mark or told


def _asks_beside_apology(turn: Turn) -> bool:
    """An apology for one's German that also asks or tells something: that is answered.

    "Sorry, mein Deutsch ist nicht gut. Wer ist in Hörde zuständig?", "ich spreche kaum
    Deutsch, gibt es Kurse?", "ich kann kaum Deutsch und suche Arbeit".
    """
    told = turn.things or turn.need_words or turn.groups or turn.asks_existence
    return names_anything(turn) or turn.question_mark or bool(told) or turn.pick is not None


def _asks_beside_aside(turn: Turn) -> bool:
    """A remark that asks, names the plan's projects, people or pages, or tells a need.

    "hab heute mit den Kindern gefrühstückt, war schön" names a group and "bin grad im
    Bus nach Hörde" a place, only as the day's setting; "und übrigens, die Nummer?" asks.
    """
    asked = turn.question_mark or turn.yes_no or turn.asks_existence or turn.pick is not None
    listed = turn.earlier_list or turn.more or bool(turn.step) or turn.show or turn.asks_list
    told = bool(turn.details) or turn.need_fits or turn.follow_up or turn.says_project
    return asked or listed or told or names_the_plan(turn) or turn.office


def _story_read_as_small_talk(turn: Turn) -> bool:
    """A story that fits projects, read as small talk (thanks stay thanks).

    The NLU knows few long messages in the languages other than German: it read a
    Turkish mother's story that opens with "merhaba" as a greeting, a Polish wish to
    learn cooking as a goodbye; in German a quarrel with a neighbour told at length
    (:attr:`Turn.tells`). A question about the plan keeps small talk's reading of the
    question beside it ("Hi, I just moved here. What is this plan about?").
    """
    if turn.intent == "thank" or turn.plan_overview or turn.plan_fact:
        return False
    return (turn.tells or turn.elsewhere) and fits_at_length(turn)


def _found_again(turn: Turn, focus: Focus, decision: Decision) -> bool:
    """Asked for more ("sonst", "noch", "weitere"), the search found only projects listed."""
    if not turn.more_word or turn.pick is not None or len(focus.projects) < 2:
        return False
    if decision.kind is not Kind.PROJECT_LIST:  # one project found is that one ("und noch
        return False  # das mit dem Frühstück?")
    return {p.number for p in decision.projects} <= set(focus.projects)


def _runner_up(turn: Turn, focus: Focus, kb: KnowledgeBase, decision: Decision) -> Decision:
    """An empty-handed answer: the NLU's next reading that finds something asked, if one does."""
    if decision.kind not in _EMPTY_HANDED:
        return decision
    for intent in runners_up(turn):
        alternative = BY_INTENT[intent](turn, focus, kb)
        if alternative.kind not in _EMPTY_HANDED and not _unasked(turn, alternative):
            return via("runner_up", alternative)
    return decision


def _unasked(turn: Turn, alternative: Decision) -> bool:
    """A weak reading whose subject the message never names ("is there ...?" -> help).

    So for an existence question, and for a remark that asks nothing at all ("ehrlich
    gesagt bin ich langsam echt genervt", "Извинявайте, пиша от работа"): an aside in
    a talk, whose focus the next question still needs.
    """
    remark = not (turn.question_mark or turn.yes_no or turn.asks_existence)
    if not (turn.asks_existence or remark):
        return False
    if alternative.kind is Kind.DISTRICT_LIST and not turn.asks_areas:
        return True  # "Do you offer dance classes?": no list of places
    if alternative.kind is Kind.OVERVIEW and not turn.plan_overview:
        return True  # "Habt ihr eine Autowerkstatt?": no overview of the plan
    return alternative.kind in (Kind.HELP, Kind.LINKS) or (
        alternative.kind is Kind.REPORT and not turn.report
    )


def _existence_elsewhere(turn: Turn) -> bool:
    """An existence question in another language than German (German: :attr:`Turn.yes_no`)."""
    return turn.asks_existence and detect(turn.text).language not in (None, DEFAULT_LANGUAGE)


def _as_yes_or_no(turn: Turn, decision: Decision) -> Decision:
    """Answer a yes/no question ("Gibt es was für Senioren?") with "Ja" or "Nein" first.

    An existence question in another language ("Is there any help for people in
    debt?", "Czy jest kurs ...?", :attr:`Turn.asks_existence`) is one too.
    """
    if not (turn.yes_no or _existence_elsewhere(turn)) or decision.answer is not None:
        return decision
    person = decision.person
    if decision.kind is Kind.PERSON_CONTACT and person and turn.asks_areas:
        return replace(decision, answer="yes" if len(person.districts) > 1 else "no")
    if decision.kind in _YES_KINDS:
        return replace(decision, answer="yes")
    if decision.kind in _NO_KINDS:
        return replace(decision, answer="no")
    return decision

"""The one place that decides every answer: what is asked x what is named x the focus.

``decide(turn, focus, kb)`` returns the answer kind and its referent; the
renderers in :mod:`actions.answers` only turn it into messages. The NLU's
intent says what is asked; strong referents absorb a misread intent (one
project named by its title under a search intent gives that project's detail,
a question about the plan itself gets the page's statement whatever intent).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from actions.focus import PAGE_SIZE, Focus, ListKind, ListQuery, Question, Subject
from actions.turn import Close, Turn
from knowledge import KnowledgeBase
from knowledge.ranking import FITS
from knowledge.records import (
    District,
    Person,
    PlanFact,
    PlanFactKey,
    Project,
    RemovedProject,
    StrEnum,
    Topic,
)
from knowledge.text import key

RUNNER_UP_CONFIDENCE = 0.1  # an intent the NLU gives less is no reading of the message
MAX_RUNNERS_UP = 2
MAX_LIST = 12
MAX_PICK_WORDS = 10
STORY_WORDS = 12  # a message this long that fits projects tells a situation, not a contact request
CONTACT_STORY_EXTRA = 3  # words more when the NLU read a contact request
MIN_WORDS_BY_MEANING = 3  # shorter messages ("telefon?", "Merhaba, nasılsın?") say too little
SHORT_FOLLOW_UP = 6  # words: in a talk about something else, a follow-up ("для кого это?")
# A description this long is no name, even with a word the dictionary lacks ("Elterntaxi").
DESCRIBED_WORDS = 10
ERRAND_WORDS = STORY_WORDS + CONTACT_STORY_EXTRA  # longer: a story whose "zu teuer" is background
MIN_LISTED_WORD = 5  # letters: a shorter word ("Haus") names no one project of a list
NOTHING_NEAR = FITS / 2  # the nouns beside a place come nowhere near a project ("Jobsuche" does)
# A told situation fits projects clearly from this fused score on, whatever intent the NLU
# read (see _clear_story). On the development situations the stories the NLU read as out of
# scope fit at 0.45 and above, the city matters told as stories at most 0.36.
STORY_FIT = 1.5 * FITS


class Kind(StrEnum):
    """Answer kinds; each has one renderer."""

    PLACE_CONTACT = "place_contact"
    PERSON_CONTACT = "person_contact"
    PERSON_UNKNOWN = "person_unknown"
    PERSON_SERVES = "person_serves"  # yes/no: "Ist sie auch für Nette zuständig?"
    SAME_PERSON = "same_person"  # yes/no: "Haben Hafen und Nordmarkt dieselbe Person?"
    OFFICE_CONTACT = "office_contact"
    REPORT = "report"
    ASK_PLACE = "ask_place"
    NOT_A_PLACE = "not_a_place"
    SUGGEST_PLACES = "suggest_places"
    MEMBER = "member"  # yes: the place is an Aktionsraum
    DISTRICT_LIST = "district_list"
    PROJECT_DETAIL = "project_detail"
    PROJECT_REMOVED = "project_removed"  # an old list's or button's project, gone from the page
    PROJECT_CHOICE = "project_choice"
    PROJECT_LIST = "project_list"
    PROJECT_NONE = "project_none"
    PROJECT_NONE_IN_PLACES = "project_none_in_places"
    NO_MORE = "no_more"
    NO_SUCH_NUMBER = "no_such_number"
    ASK_PROJECT = "ask_project"
    PROJECT_UNKNOWN = "project_unknown"
    TOPIC = "topic"
    OVERVIEW = "overview"
    PLAN_FACT = "plan_fact"
    LINKS = "links"
    HELP = "help"
    FALLBACK = "fallback"
    OUT_OF_SCOPE = "out_of_scope"  # nothing of the plan named: the city's portal
    # Small talk, each answered by its own short response:
    GREET = "greet"
    GOODBYE = "goodbye"
    THANK = "thank"
    AFFIRM = "affirm"
    DENY = "deny"
    BOT_CHALLENGE = "bot_challenge"


@dataclass(frozen=True)
class Decision:
    """An answer kind and what it is about."""

    kind: Kind
    districts: tuple[District, ...] = ()
    person: Person | None = None
    projects: tuple[Project, ...] = ()
    start: int = 0
    query: ListQuery = field(default_factory=ListQuery)
    topic: Topic | None = None
    fact: PlanFact | None = None
    also: PlanFact | None = None  # a second statement, as near in meaning as the first
    details: tuple[str, ...] = ()
    place: str | None = None  # a place outside the plan or unknown, as typed
    answer: str | None = None  # "yes" / "no" for yes/no questions
    rule: str = ""  # the branch that decided, e.g. "contact.focus>focus.person" (see decide)
    close: Close = field(default_factory=Close)  # offered when nothing fits ("Meinten Sie …?")
    german: bool = True  # a language the bot speaks (else the fallback names its languages)
    removed: RemovedProject | None = None  # the project a number named, no longer on the page

    @property
    def referent(self) -> str:
        """A short, stable description of the referent (for tests and the staff report)."""
        parts = [d.name for d in self.districts]
        parts += [self.person.name] if self.person else []
        parts += [f"#{p.number}" for p in self.projects]
        parts += [f"#{self.removed.number}"] if self.removed else []
        parts += [f"Schwerpunkt {self.topic.number}"] if self.topic else []
        parts += [self.fact.key] if self.fact else []
        parts += [self.place] if self.place else []
        return ", ".join(parts)


Handler = Callable[[Turn, Focus, KnowledgeBase], Decision]


def _via(rule: str, decision: Decision) -> Decision:
    """The decision of a shared step, its rule prefixed with the branch that called it."""
    return replace(decision, rule=f"{rule}>{decision.rule}")


def decide(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The answer to this turn; see the module docstring."""
    if turn.intent in SMALL_TALK_KINDS:
        return _small_talk(turn, focus, kb)
    if turn.intent == OUT_OF_SCOPE:
        return _as_yes_or_no(turn, _out_of_scope(turn, focus, kb))
    for absorb in (
        _pick_only,
        _more_only,
        _details_only,
        _correction,
        _place_follow_up,
        _yes_no,
        _one_named_project,
        _project_follow_up,
        _one_of_the_list,
        _described_project,
        _plan_question,
        _situation,
    ):
        decision = absorb(turn, focus, kb)
        if decision is not None:
            return decision
    decision = _BY_INTENT.get(turn.intent, _fallback)(turn, focus, kb)
    if decision.kind in _EMPTY_HANDED:
        for intent in _runners_up(turn):
            alternative = _BY_INTENT[intent](turn, focus, kb)
            if alternative.kind not in _EMPTY_HANDED and not _unasked(turn, alternative):
                decision = _via("runner_up", alternative)
                break
    if decision.kind in _EMPTY_HANDED and turn.need_words:  # a group named in another language
        found = _search(turn, kb)
        decision = decision if found.kind in _EMPTY_HANDED else _via("need", found)
    return _as_yes_or_no(turn, _nothing_fits(turn, decision))


def _unasked(turn: Turn, alternative: Decision) -> bool:
    """A weak reading whose subject an existence question never names ("is there ...?" -> help)."""
    if not turn.asks_existence:
        return False
    if alternative.kind is Kind.DISTRICT_LIST and not turn.asks_areas:
        return True  # "Do you offer dance classes?": no list of places
    if alternative.kind is Kind.OVERVIEW and not turn.plan_overview:
        return True  # "Habt ihr eine Autowerkstatt?": no overview of the plan
    return alternative.kind in (Kind.HELP, Kind.LINKS) or (
        alternative.kind is Kind.REPORT and not turn.report
    )


def _nothing_fits(turn: Turn, decision: Decision) -> Decision:
    """What the plan does not have is said so, whatever the branch came to.

    Each check reads the same "names nothing of the plan" of the turn
    (:attr:`Turn.names_nothing`); how a language asks "is there X?" is data of
    its lexicon (``existence``; German: a yes/no verb first, ``yes_no_starts``).
    """
    for check in (_lacking, _place_as_context, _unsure_yes, _errand):
        decision = check(turn, decision)
    return decision


def _lacking(turn: Turn, decision: Decision) -> Decision:
    """Another language's "is there X?" that nothing of the plan fits: "No", with the Projektbüro.

    German gets the same answer by :func:`_unsure_yes` ("Gibt es einen Strickkreis?").
    """
    if not (turn.asks_existence and turn.names_nothing) or decision.kind not in _NOTHING_THERE:
        return decision
    return Decision(Kind.PROJECT_NONE, answer="no", rule=f"{decision.rule}>lacking")


def _place_as_context(turn: Turn, decision: Decision) -> Decision:
    """A place named only as context: "Wo leihe ich in Hörde ein Fahrrad?" is out of scope.

    The nouns besides the place come nowhere near any project (well below the
    ranking's "nothing fits"), and the message asks for no contact, list or
    membership there, nor does the NLU read a contact request: the place's
    contact, or "no project", would answer another question than the one asked.
    Things the plan has none of ("Welche Apotheke in Marten hat Notdienst?",
    :attr:`Turn.things_missing`) are out of scope whatever the NLU read.
    """
    if decision.kind not in _CONTEXT_KINDS or turn.words < MIN_WORDS_BY_MEANING:
        return decision
    if turn.places_beside_missing_things:
        return Decision(Kind.OUT_OF_SCOPE, rule=f"{decision.rule}>place_as_context.things")
    if not turn.places_as_context or _reads_contact(turn):
        return decision
    if turn.beside_places is None or turn.beside_places >= NOTHING_NEAR:
        return decision
    return Decision(Kind.OUT_OF_SCOPE, rule=f"{decision.rule}>place_as_context")


def _unsure_yes(turn: Turn, decision: Decision) -> Decision:
    """Loose matches are no "Ja": "Gibt es einen Strickkreis für Rentnerinnen?".

    A short yes/no question that names a thing no project fits on its own,
    while the question as a whole fits only loosely (:attr:`Turn.misfit`), asks
    for what the plan does not have: say so, with the Projektbüro, instead of
    listing projects that merely share its group. "Is there X?" whose things
    the plan has none of (:attr:`Turn.things_missing`) gets the same answer
    whatever the reading came to: a loose pick ("Erste-Hilfe-Kurse"), the
    page's links or a Schwerpunkt, unless it asks about the plan itself.
    """
    if not (turn.german and turn.words < STORY_WORDS):
        return decision
    found = decision.kind in (Kind.PROJECT_LIST, Kind.PROJECT_DETAIL)
    searched = found and any(step in decision.rule for step in _BY_WORDS)
    if searched and turn.yes_no and turn.misfit:
        return Decision(Kind.PROJECT_NONE, rule=f"{decision.rule}>unsure")
    lacking = turn.asks_existence and turn.things_missing and decision.kind in _LOOSE_KINDS
    about_the_page = turn.plan_fact or turn.plan_not_said or turn.report or turn.asks_pages
    if lacking and not (about_the_page or turn.office):
        return Decision(Kind.PROJECT_NONE, rule=f"{decision.rule}>unsure.things")
    return decision


def _errand(turn: Turn, decision: Decision) -> Decision:
    """Errands and service terms the plan never states: the city's portal, not a project.

    "Wo kaufe ich in Hörde Babykleidung?", "Wann fährt der Bus in Eving?" (an
    errand, lexicon ``errands``) whatever else they name; "Was kostet das
    Hallenbad?", "Wie melde ich ein Gewerbe an?" (``service_terms``) when what
    they name is not in the plan or no project clearly leads. A project, person,
    Schwerpunkt, the Projektbüro or the report named keeps the plan's answer
    ("Was kostet die Teilnahme bei Kohldampf?"), and so does a "Nein".
    """
    asked = turn.errand or turn.asks_terms
    if not (turn.german and turn.things and asked) or turn.words >= ERRAND_WORDS:
        return decision  # a story's "zu teuer" or "einkaufen" tells a need, not an errand
    if decision.kind not in _ERRAND_KINDS or decision.answer == "no" or _names_the_plan(turn):
        return decision
    if not turn.errand and turn.leader is not None and not turn.things_missing:
        return decision
    return Decision(Kind.OUT_OF_SCOPE, rule=f"{decision.rule}>errand")


def _names_the_plan(turn: Turn) -> bool:
    """A referent of the plan besides places and groups: a project, person, Schwerpunkt ..."""
    named = (turn.projects, turn.people, turn.unknown_person, turn.topics, turn.office,
             turn.report, turn.plan_fact, turn.removed)  # fmt: skip
    return any(named)


def _small_talk(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
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
    asked = decide(replace(turn, intent=_question_intent(turn)), focus, kb)
    return own if asked.kind in _NOTHING_ASKED else _via("small_talk", asked)


def _asks_more(turn: Turn, focus: Focus) -> bool:
    """Besides the small talk, the message asks something of its own (see _small_talk)."""
    if _runners_up(turn) or turn.correction or turn.pick_only or turn.bare_place:
        return True
    if turn.only_details and focus.subject:  # "thanks! by the way, and the phone number?"
        return True
    if (turn.more and focus.projects) or (turn.membership and _names_anything(turn)):
        return True
    if turn.intent == "deny" and turn.continues and turn.only_place_names:
        return True  # "nein, Marten!" corrects
    if turn.asks_contact and turn.points_there and focus.places:
        return True  # "dziękuję! a kto tam jest odpowiedzialny?"
    asks = turn.question_mark or turn.asks_contact or turn.asks_someone or turn.asks_list
    named = _names_anything(turn) or turn.office or turn.report or turn.need_words
    return turn.continues and (asks or turn.yes_no or bool(turn.details)) and bool(named)


def _question_intent(turn: Turn) -> str:
    """The NLU's best question reading of the message, else the one its shape suggests."""
    ranked = _runners_up(turn)
    if ranked:
        return ranked[0]
    if turn.asks_contact or turn.asks_someone or turn.details:
        return "district_contact"
    return "project_search" if turn.groups or turn.asks_list or turn.hits else "inform"


def _as_yes_or_no(turn: Turn, decision: Decision) -> Decision:
    """Answer a yes/no question ("Gibt es was für Senioren?") with "Ja" or "Nein" first."""
    if not turn.yes_no or decision.answer is not None:
        return decision
    person = decision.person
    if decision.kind is Kind.PERSON_CONTACT and person and turn.asks_areas:
        return replace(decision, answer="yes" if len(person.districts) > 1 else "no")
    if decision.kind in _YES_KINDS:
        return replace(decision, answer="yes")
    if decision.kind in _NO_KINDS:
        return replace(decision, answer="no")
    return decision


def _runners_up(turn: Turn) -> list[str]:
    """The NLU's next readings of the message, when they are not far behind."""
    return [
        name
        for name, confidence in turn.ranking
        if name not in (turn.intent, "nlu_fallback")
        and name in _BY_INTENT
        and confidence >= RUNNER_UP_CONFIDENCE
    ][:MAX_RUNNERS_UP]


# --- signals that hold whatever the intent --------------------------------------------


def _pick_only(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A pick from the last list: "der zweite", "Nummer 5", "die dritte davon".

    After the plan's overview, whose list is its Schwerpunkte, "das zweite" is Schwerpunkt 2.
    """
    focus = _list_named(turn, focus)
    if not turn.pick_only:
        return _loose_pick(turn, focus, kb)
    if _places_listed(focus) and not turn.says_project:
        return _pick_place(turn, focus, kb)
    asks_project = focus.projects and turn.says_project
    topic = _listed_topic(turn, focus, kb) if not asks_project else None
    if topic is not None:
        return Decision(Kind.TOPIC, topic=topic, rule="pick_only.topic")
    if focus.projects:
        return _via("pick_only", _pick(turn.pick or 0, focus, kb))
    return None


def _loose_pick(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A pick in a longer message: "erzähl mir mehr über das dritte".

    "zurück zu den Senioren: das erste" searches the list again.
    """
    if turn.pick is None or turn.more or turn.intent not in _PICK_INTENTS:
        return None
    if turn.words > MAX_PICK_WORDS:  # "im dritten Stock" in a story is no pick
        return None
    if _places_listed(focus) and not _names_anything(turn):
        return _pick_place(turn, focus, kb)
    topic = _listed_topic(turn, focus, kb) if not _names_anything(turn) else None
    if topic is not None:  # "Welche Projekte hat der zweite?" after the Schwerpunkte
        return Decision(Kind.TOPIC, topic=topic, rule="loose_pick.topic")
    if turn.groups or turn.places:
        listed = _search(turn, kb)
        if listed.kind is not Kind.PROJECT_LIST:
            return None
        listed_focus = Focus(projects=tuple(p.number for p in listed.projects))
        return _via("loose_pick.search", _pick(turn.pick, listed_focus, kb))
    if focus.projects and not _names_anything(turn):
        return _via("loose_pick", _pick(turn.pick, focus, kb))
    return None


def _list_named(turn: Turn, focus: Focus) -> Focus:
    """The focus with the list a pick names: "aus der ersten Liste" is the one before the last."""
    if turn.from_list == 1 and focus.earlier:
        return focus.but(subject=Subject.PROJECT, projects=focus.earlier, start=0,
                         earlier=focus.projects, project=None)  # fmt: skip
    return focus


def _listed_topic(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Topic | None:
    """The Schwerpunkt a pick names when the last list shown was the Schwerpunkte."""
    topics = kb.topics()
    if focus.query.kind != ListKind.TOPICS or not turn.pick or not topics:
        return None
    if turn.pick == -1:
        return topics[-1]
    return topics[turn.pick - 1] if 0 < turn.pick <= len(topics) else None


def _places_listed(focus: Focus) -> bool:
    """The last answer listed several Aktionsräume ("der zweite" picks one of them)."""
    return focus.subject == Subject.PLACES and len(focus.places) > 1


def _pick_place(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A pick from the places just listed: "der zweite", "Welche Projekte hat der zweite?".

    The message is answered as if it named that place.
    """
    position = turn.pick or 0
    if not (0 < position <= len(focus.places) or position == -1):
        return Decision(Kind.NO_SUCH_NUMBER, rule="pick_place.no_such_number")
    name = focus.places[position - 1 if position > 0 else -1]
    places = tuple(d for d in kb.districts() if d.name == name)
    picked = replace(turn, places=places, pick=None, pick_only=False, follow_up=False)
    narrowed = focus.but(places=(name,))
    if turn.pick_only:
        return Decision(Kind.PLACE_CONTACT, places, details=turn.details or focus.details,
                        rule="pick_place")  # fmt: skip
    return _via("pick_place", decide(picked, narrowed, kb))


def _more_only(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """More after a list ("mehr", "weiter", "ещё", "daha fazla"): its next page, any intent.

    After one project of the list ("mehr dazu") it is a follow-up on that project.
    """
    if not turn.more or not focus.projects or _names_anything(turn):
        return None
    if focus.project is not None and turn.follow_up:
        return None
    return _via("more", _next_page(focus, kb))


def _details_only(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """Nothing but a detail ("und die Mail?", "i numer telefonu?"): the last answer's contact.

    Under the contact intent :func:`_contact` reads it the same way.
    """
    if not turn.only_details or turn.intent == "district_contact" or not focus.subject:
        return None
    if _names_anything(turn) or turn.office or turn.report:
        return None
    in_focus = _focus_contact(turn, focus, kb)
    return _via("details", in_focus) if in_focus else None


def _place_follow_up(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A contact asked of the place or project just talked about, any intent.

    In another language the NLU often reads "kto tam jest odpowiedzialny?" as a
    question for the report or the Projektbüro; unless the message names them, or
    anything else of its own, it asks the contact of the place (or the one project)
    in focus. The contact intent answers it itself (:func:`_contact`, also for
    "ist sie dort zuständig?").
    """
    if turn.intent in _PLACE_INTENTS or not turn.asks_contact or turn.pronoun or turn.asks_areas:
        return None
    if _names_anything(turn) or turn.office or turn.report or turn.pick is not None:
        return None
    project = _project_in_focus(focus, kb) if focus.subject == Subject.PROJECT else None
    if project is not None:  # "kto jest za to odpowiedzialny?" after one project
        return _via("place_follow_up.project", _project_contact(project, turn.details, kb))
    places = _places_in_focus(focus, kb)
    if not places or not (turn.points_there or focus.subject == Subject.PLACES):
        return None
    return Decision(Kind.PLACE_CONTACT, places, details=turn.details, rule="place_follow_up")


def _contact_of_project(focus: Focus) -> bool:
    """The last answer gave the contact of the project in focus (its places', the office's)."""
    return focus.subject in (Subject.PLACES, Subject.OFFICE) and focus.project is not None


def _places_in_focus(focus: Focus, kb: KnowledgeBase) -> tuple[District, ...]:
    """The Aktionsräume the conversation is about; none after the list of all of them."""
    places = tuple(d for d in kb.districts() if d.name in focus.places)
    return () if len(places) == len(kb.districts()) else places


def _project_follow_up(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A follow-up ("Welcher Schwerpunkt ist das?") on the project just shown, any intent.

    A question for contact details ("und die Nummer?") is the contact's, not the project's.
    After its contact ("kim sorumlu?") the project is still the one meant; after a list,
    "this project" is the first shown (its title is in the answer, the list stays for picks).
    """
    if turn.intent in _OWN_QUESTIONS or turn.details or turn.more or not _is_follow_up(turn):
        return None
    if focus.subject != Subject.PROJECT and not _contact_of_project(focus):
        return None
    current = _project_in_focus(focus, kb)
    if current is None and focus.project is not None:
        return _numbered(focus.project, kb, "follow_up.project")
    if current is None:  # "hedefi ne?" after a list: the first of the projects shown
        shown = kb.projects_numbered(focus.shown) if not turn.payload else ()
        if not shown:  # a button ("mehr") says what it asks by its intent
            return None
        return Decision(Kind.PROJECT_DETAIL, projects=shown[:1], rule="follow_up.first")
    return Decision(Kind.PROJECT_DETAIL, projects=(current,), rule="follow_up.project")


def _one_of_the_list(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """One project of the list just shown, named by a word of its title: "diese Mediation".

    Of the projects listed, the one whose title has the word is meant ("und das mit
    dem Frühstück?"), also when another project of the page fits the word better.
    """
    if turn.intent not in _PICK_INTENTS or focus.subject != Subject.PROJECT:
        return None
    if len(focus.projects) < 2 or turn.words > MAX_PICK_WORDS or turn.pick is not None:
        return None
    if turn.more or turn.projects or _names_anything(turn) or turn.details:
        return None
    said = [word for word in turn.content if len(word) >= MIN_LISTED_WORD]
    listed = kb.projects_numbered(focus.projects)
    found = [p for p in listed if any(word in key(p.title) for word in said)]
    if len(found) != 1:
        return None
    return Decision(Kind.PROJECT_DETAIL, projects=(found[0],), rule="listed_word")


def _correction(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A correction ("ach nein, ich meinte Nette"): the last question, for the right referent."""
    if not turn.correction or not (focus.subject or focus.question):
        return None
    if turn.details and not _names_anything(turn):  # "nein, ich meinte die Telefonnummer"
        in_focus = _focus_contact(turn, focus, kb)
        return _via("correction.detail", in_focus) if in_focus else None
    if focus.question == Question.MEMBERSHIP and not (turn.projects or turn.groups):
        member = _membership(turn, focus, kb)  # "Ist Hörde dabei?" - "nicht Hörde, Brackel"
        if member is not None:
            return _via("correction", member)
    return _via("correction", _bare(turn, focus, kb, details=turn.details or focus.details))


def _names_anything(turn: Turn) -> bool:
    return bool(turn.places or turn.people or turn.projects or turn.groups or turn.topics
                or turn.other_place or turn.unknown_place)  # fmt: skip


def _yes_no(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A yes/no question: "Gehört Brackel auch dazu?", "Ist sie auch für Nette zuständig?".

    After one, a bare place ("und Hörde?") asks the same question again.
    """
    if turn.yes_no and len(turn.places) > 1 and turn.asks_same:
        names = {d.contact.name for d in turn.places}
        answer = "yes" if len(names) == 1 else "no"
        return Decision(Kind.SAME_PERSON, turn.places, answer=answer, rule="yes_no.same_person")
    again = focus.question == Question.MEMBERSHIP and (_only_a_place(turn, kb) or turn.bare_place)
    # "Huckarde auch?"; "а Hafen?" with nothing before it to be like
    fresh = turn.and_ and focus == Focus()
    also = (turn.also or fresh) and turn.bare_place and focus.subject != Subject.PROJECT
    # A group named beside an explicit membership question tells who lives there ("Annem
    # Nette'de oturuyor, orası da dahil mi?"); beside a bare place it asks for projects.
    if (
        not (turn.membership or again or also)
        or turn.projects
        or (turn.groups and not turn.membership)
    ):
        return None
    return _membership(turn, focus, kb)


def _membership(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """Yes or no: the place is an Aktionsraum (its contact), or not (the 13); or the person's."""
    person = turn.people[0] if turn.people else _person_meant(turn, focus, kb)
    if person is not None and turn.places:
        serves = {d.name for d in turn.places} <= set(person.districts)
        return Decision(Kind.PERSON_SERVES, turn.places, person, answer="yes" if serves else "no",
                        rule="yes_no.person_serves")  # fmt: skip
    if turn.places:
        return Decision(Kind.MEMBER, turn.places, details=turn.details, answer="yes",
                        rule="yes_no.member")  # fmt: skip
    place = turn.other_place or turn.unknown_place
    if place:
        return Decision(Kind.NOT_A_PLACE, place=place, answer="no", rule="yes_no.not_a_place")
    return None


def _plan_question(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A question about the plan itself, answered by the page's own statement.

    A Schwerpunkt named in other words ("der Schwerpunkt mit den Kindern") lists
    its projects; what the page does not say ("Wie viel Geld hat der Plan?") is
    said plainly, with the Projektbüro, instead of a paragraph that does not
    answer it. A reading by meaning alone is weaker than one by the page's words:
    it leaves follow-ups, contact questions and what the intent answers anyway.
    """
    if turn.places or turn.people or turn.projects:
        return None
    fact = turn.plan_fact
    where_to_read = turn.intent == "links" and fact is not None and fact.key == PlanFactKey.REPORT
    if (turn.intent in ("social_report", "links") and not where_to_read) or turn.report:
        return None  # "Wo kann ich Zahlen zur Armut nachlesen?" is the report, not the links
    all_topics = fact is not None and fact.key == PlanFactKey.ARBEITSSCHWERPUNKTE
    if turn.topics and not all_topics and turn.intent not in _ANSWER_TOPICS:
        return Decision(Kind.TOPIC, topic=turn.topics[0], rule="plan.topic")  # "mit den Kindern"
    if turn.plan_by_meaning and (turn.topics or not _may_read_by_meaning(turn, focus)):
        return None
    if turn.groups and not turn.plan_by_meaning:
        return None
    if turn.plan_not_said:
        return Decision(Kind.FALLBACK, german=turn.german, rule="plan.not_said")
    if turn.plan_overview and turn.intent != "topic_overview":
        return Decision(Kind.OVERVIEW, rule="plan.overview")
    if fact is None:
        return None
    if fact.key == PlanFactKey.REPORT:  # answered with the report's people
        return Decision(Kind.REPORT, rule="plan.report")
    return Decision(Kind.PLAN_FACT, fact=fact, also=turn.plan_also, rule="plan.fact")


def _may_read_by_meaning(turn: Turn, focus: Focus) -> bool:
    """Whether a reading by meaning alone may answer: not a contact question or follow-up.

    "und die telefonnummer?", "welche Gebiete hat sie noch?", "welche Projekte
    gibt es da?" or, after a project, "для кого это?" come near a plan question
    in meaning; so may "Hilfe gegen Armut", which names a Schwerpunkt, "nein,
    ich meinte Brackel", and a language the bot does not speak.
    """
    if not turn.german:
        return False
    if turn.details or turn.pronoun or turn.points_there or turn.words < MIN_WORDS_BY_MEANING:
        return False
    if turn.office or turn.other_place or turn.unknown_place or turn.intent in _NOT_ABOUT_THE_PLAN:
        return False
    elsewhere = focus.subject not in (None, "", Subject.PLAN)
    if elsewhere and turn.words <= SHORT_FOLLOW_UP and turn.intent != "topic_overview":
        return False
    searching = turn.intent in ("project_search", "project_detail")
    return not (searching and (turn.hits or turn.word_topics))


def _situation(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A situation told at length, with what fits it: the fitting projects, whatever intent.

    "Bin 38, alleinerziehend, wohne am Clarenberg und will wieder arbeiten" names a
    place, but asks for help with a need, not for the contact there; a contact
    detail, a person, the Projektbüro or the report asked for keep their answers.
    A story that clearly fits (:func:`_clear_story`) needs no extra words when the
    NLU read a contact request ("..., wer hilft mir?"), and is no question for the
    overview, the list of places or a Schwerpunkt its words name.
    """
    clear = _clear_story(turn)
    intents = _STORY_INTENTS | (_CLEAR_STORY_INTENTS if clear else frozenset())
    least = STORY_WORDS + (CONTACT_STORY_EXTRA if _reads_contact(turn) and not clear else 0)
    if turn.intent not in intents or turn.words < least or not turn.hits:
        return None
    if _asks_other_than_projects(turn) or turn.asks_contact or turn.topics:
        return None
    if turn.word_topics and not clear:  # "Hilfe gegen Armut" names a Schwerpunkt
        return None
    return _via("situation", _search(turn, kb))


def _clear_story(turn: Turn) -> bool:
    """A situation told at length whose need clearly fits projects (:data:`STORY_FIT`).

    "Ich koche gern und bin 19, wo kann ich lernen, im Restaurant zu arbeiten?"
    tells something (:attr:`Turn.tells`) and fits one project well, though the
    NLU may read it as out of scope, a contact or the plan's overview; "Ich bin
    Rentner und mein Ausweis läuft ab, wo bekomme ich einen Termin?" fits nothing
    clearly, "Welche Pizzeria liefert nach Hörde?" only asks.
    """
    return turn.tells and turn.words >= STORY_WORDS and turn.fit >= STORY_FIT and bool(turn.hits)


def _out_of_scope(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The NLU's "out of scope": the city's portal, unless a story clearly fits projects.

    What only the focus can answer ("what is its aim?", "der zweite", "und die
    Mail?") is answered from it; nothing else of the general decision is tried,
    as a question about the city names places and words the plan also has
    ("Welche Pizzeria liefert nach Hörde?" is no question for Hörde's contact).
    """
    for absorb in (_pick_only, _more_only, _details_only, _correction, _project_follow_up):
        decision = absorb(turn, focus, kb)
        if decision is not None:
            return decision
    if _clear_story(turn) and not _asks_other_than_projects(turn):
        return _via("out_of_scope.story", _search(turn, kb))
    return Decision(Kind.OUT_OF_SCOPE, rule="out_of_scope")


def _asks_other_than_projects(turn: Turn) -> bool:
    """A contact detail, a person, a project, the Projektbüro or the report asked for."""
    return bool(turn.details or turn.people or turn.office or turn.report or turn.projects)


def _reads_contact(turn: Turn) -> bool:
    """The NLU's best reading, also under low confidence, is a contact request."""
    readings = [name for name, _ in turn.ranking if name != "nlu_fallback"] or [turn.intent]
    return readings[0] in ("district_contact", "project_office_contact")


def _one_named_project(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """One project named by title or nickname under a search or an unclear intent.

    A button of an older list ("#23") whose project left the page gets that said.
    """
    if turn.removed and not turn.projects:
        return Decision(Kind.PROJECT_REMOVED, removed=turn.removed, rule="named_project.removed")
    absorbing = ("project_search", "project_detail", "nlu_fallback", "topic_overview", "inform")
    if turn.intent in absorbing and len(turn.projects) == 1 and not (turn.more or turn.topics):
        return Decision(Kind.PROJECT_DETAIL, projects=turn.projects, rule="named_project")
    return None


def _described_project(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """One project told by what it does, a detail asked: "das Café für Eltern mit Babys – für wen?".

    Whatever the intent, the best fitting project is answered when it leads even a
    little (:data:`knowledge.ranking.DESCRIBED_LEAD`), its close runners-up offered
    beside it ("Oder meinten Sie …?"); two essentially tied are asked for. A contact,
    a person, a Schwerpunkt or a name the page does not have keeps its own answer.
    """
    if not turn.described or not turn.hits or turn.projects or turn.topics or turn.only_places:
        return None
    if turn.details or turn.people or turn.office or turn.report or _reads_contact(turn):
        return None
    if (turn.plan_fact and not turn.plan_by_meaning) or turn.plan_overview:  # "der Aktionsplan"
        return None
    if turn.asks_contact or turn.pick is not None:  # not asks_someone: "für wen ist das?"
        return None
    if turn.unknown_name and turn.words < DESCRIBED_WORDS:  # "das Projekt Kinderzirkus – Ziel?"
        return None
    if turn.leader is not None:
        return Decision(Kind.PROJECT_DETAIL, projects=(turn.leader,),
                        close=Close(projects=turn.also_meant), rule="described")  # fmt: skip
    if not turn.also_meant:  # nothing fits by meaning, only a word of a title: as asked
        return None
    tied = (turn.hits[0].item, *turn.also_meant)
    return Decision(Kind.PROJECT_CHOICE, projects=tied, rule="described.tied")


# --- by intent -------------------------------------------------------------------------


def _contact(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """Who is the contact: for a person, a place, the office, a project, or the focus."""
    if turn.people:
        return Decision(Kind.PERSON_CONTACT, person=turn.people[0], details=turn.details,
                        rule="contact.person")  # fmt: skip
    if turn.unknown_person:
        return Decision(Kind.PERSON_UNKNOWN, rule="contact.unknown_person")
    if _another_place_for_the_list(turn, focus, kb):  # "und in Nette?" after projects in Hörde
        return _via("contact.list_again", _search(turn, kb))
    named = _places_or_unknown(turn, details=turn.details)
    if named is not None:
        return _via("contact", named)
    if turn.report:
        return Decision(Kind.REPORT, details=turn.details, rule="contact.report")
    if turn.office:
        return Decision(Kind.OFFICE_CONTACT, details=turn.details, rule="contact.office")
    if turn.projects:
        return _via("contact.project", _project_contact(turn.projects[0], turn.details, kb))
    if turn.near:  # "wer ist in evnig zuständig": a misspelt place, whatever is in focus
        return Decision(Kind.SUGGEST_PLACES, turn.near, rule="contact.near")
    in_focus = _focus_contact(turn, focus, kb)
    if in_focus is not None:
        return _via("contact.focus", in_focus)
    if turn.says_project:  # the page sends questions about the projects there
        return Decision(Kind.OFFICE_CONTACT, details=turn.details, rule="contact.projects")
    return Decision(Kind.ASK_PLACE, rule="contact.ask_place")


def _district_list(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The Aktionsräume; or those of a person ("Ist der Herr auch für andere Stadtteile da?")."""
    meant = _person_meant(turn, focus, kb) if turn.pronoun or turn.asks_areas else None
    person = turn.people[0] if turn.people else meant
    if person is not None:
        return Decision(Kind.PERSON_CONTACT, person=person, details=turn.details,
                        rule="district_list.person")  # fmt: skip
    if turn.places and turn.details:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=turn.details,
                        rule="district_list.place")  # fmt: skip
    if turn.places or turn.other_place:  # the list asked with a place: is it on the list?
        member = _membership(turn, focus, kb)
        if member is not None:
            return _via("district_list", member)
    areas = [f for f in kb.plan_facts() if f.key == PlanFactKey.AKTIONSRAEUME]
    if areas and not turn.places and turn.asks_why:  # "Warum diese 13?"
        return Decision(Kind.PLAN_FACT, fact=areas[0], rule="district_list.why")
    return Decision(Kind.DISTRICT_LIST, rule="district_list")


def _project_search(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """Projects for a need, group, theme or place; "mehr" pages on.

    "Ich suche jemanden für Westerfilde" asks for a person, not for projects.
    """
    if turn.places and not turn.groups and turn.asks_someone:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=turn.details,
                        rule="project_search.someone")  # fmt: skip
    if turn.more and not turn.groups and not turn.places and not turn.topics:
        return _via("project_search.more", _next_page(focus, kb))
    if turn.topics:
        return Decision(Kind.TOPIC, topic=turn.topics[0], rule="project_search.topic")
    leader = _clear_leader(turn) if turn.asks_about_one else None
    if leader is not None:  # "das Projekt, das Lehrstellen einsammelt – was soll es erreichen?"
        return Decision(Kind.PROJECT_DETAIL, projects=(leader,), rule="project_search.clear_lead")
    if not (turn.content or turn.places or turn.groups):
        in_focus = _places_in_focus(focus, kb)
        if in_focus and turn.points_there:  # "welche Projekte gibt es da?"
            return _via("project_search.there", _search(replace(turn, places=in_focus), kb))
        if turn.payload:  # the "mehr" button
            return _via("project_search.payload", _next_page(focus, kb))
        return Decision(Kind.OVERVIEW, rule="project_search.overview")
    return _via("project_search", _search(turn, kb))


def _project_detail(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """One project: named, picked, or the one in focus."""
    if len(turn.projects) > 1:
        return Decision(Kind.PROJECT_CHOICE, projects=turn.projects[:PAGE_SIZE],
                        rule="project_detail.choice")  # fmt: skip
    if turn.pick is not None and focus.projects:
        return _via("project_detail", _pick(turn.pick, focus, kb))
    if _is_follow_up(turn):
        current = _project_in_focus(focus, kb)
        if current is None:
            return Decision(Kind.ASK_PROJECT, rule="project_detail.ask")
        return Decision(Kind.PROJECT_DETAIL, projects=(current,), rule="project_detail.follow_up")
    if turn.topics and not turn.projects:  # "Was zählt alles zum Bereich Zusammenleben?"
        return Decision(Kind.TOPIC, topic=turn.topics[0], rule="project_detail.topic")
    leader = _clear_leader(turn)
    if leader is not None:  # one clearly meant, also when a group or place is part of the telling
        return Decision(Kind.PROJECT_DETAIL, projects=(leader,), rule="project_detail.clear_lead")
    if turn.groups or turn.places:
        return _via("project_detail.named", _search(turn, kb))
    if turn.other_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.other_place, rule="project_detail.other_place")
    hits = () if turn.unknown_name else turn.hits
    if hits:
        return _via("project_detail.search", _search(turn, kb))
    close = Close(projects=turn.close.projects)
    return Decision(Kind.PROJECT_UNKNOWN, close=close, rule="project_detail.unknown")


def _topic_overview(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The plan's Schwerpunkte; or one, named by number or in its own words ("Armut bekämpfen")."""
    if turn.topics:
        return Decision(Kind.TOPIC, topic=turn.topics[0], rule="topic_overview.topic")
    if len(turn.word_topics) == 1 and (turn.says_project or turn.asks_list) and not turn.pick:
        return Decision(Kind.TOPIC, topic=turn.word_topics[0], rule="topic_overview.words")
    return Decision(Kind.OVERVIEW, rule="topic_overview")


def _report(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    return Decision(Kind.REPORT, details=turn.details, rule="social_report")


def _office(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The Projektbüro, unless the message names a place or a person of its own."""
    if (turn.places or turn.people) and not turn.office:
        return _via("office.named", _contact(turn, focus, kb))
    return Decision(Kind.OFFICE_CONTACT, details=turn.details, rule="office")


def _links(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    return Decision(Kind.LINKS, rule="links")


def _help(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """How the bot helps; "help with learning German" names a need (another language's words)."""
    if turn.need_words:
        return _via("help.need", _search(turn, kb))
    return Decision(Kind.HELP, rule="help")


def _inform(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """A bare answer: "Wickede", "Nummer vier", a project's name, a person's name."""
    if turn.pick is not None and focus.projects and not (turn.groups or turn.content[1:]):
        return _via("inform", _pick(turn.pick, focus, kb))
    details = focus.details if turn.correction else turn.details
    return _via("inform", _bare(turn, focus, kb, details=details))


def _fallback(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """Low confidence: a strong referent still answers; otherwise "Meinten Sie ...?"."""
    if turn.people and turn.details:
        return Decision(Kind.PERSON_CONTACT, person=turn.people[0], details=turn.details,
                        rule="fallback.person")  # fmt: skip
    if turn.places and turn.details:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=turn.details,
                        rule="fallback.place")  # fmt: skip
    if turn.need_words:  # a target group or theme named in another language
        return _via("fallback.need", _search(turn, kb))
    return _nothing(turn, "fallback")


# --- shared steps -----------------------------------------------------------------------


def _bare(turn: Turn, focus: Focus, kb: KnowledgeBase, details: tuple[str, ...]) -> Decision:
    """The referent of a bare answer or a correction, answered as the focus asks."""
    if turn.places and focus.query.kind == ListKind.PLACES and focus.subject == Subject.PROJECT:
        return _via("bare.list_again", _search(turn, kb))
    if turn.places:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=details, rule="bare.place")
    if turn.people:
        return Decision(Kind.PERSON_CONTACT, person=turn.people[0], details=details,
                        rule="bare.person")  # fmt: skip
    if turn.projects:
        kind = Kind.PROJECT_DETAIL if len(turn.projects) == 1 else Kind.PROJECT_CHOICE
        return Decision(kind, projects=turn.projects[:PAGE_SIZE], rule="bare.project")
    if turn.topics:
        return Decision(Kind.TOPIC, topic=turn.topics[0], rule="bare.topic")
    named = _places_or_unknown(turn, details=details)
    if named is not None:
        return _via("bare", named)
    if turn.groups or turn.content:
        found = _search(turn, kb)
        if found.kind is not Kind.PROJECT_NONE:
            return _via("bare.search", found)
    if turn.near:
        return Decision(Kind.SUGGEST_PLACES, turn.near, rule="bare.near")
    return _nothing(turn, "bare.nothing")


def _clear_leader(turn: Turn) -> Project | None:
    """The project clearly ahead in words and meaning (knowledge.ranking), if one is."""
    if turn.unknown_name or not turn.hits or turn.only_places:
        return None
    return turn.leader


def _nothing(turn: Turn, rule: str) -> Decision:
    """Nothing fits: offer what the words come close to; nothing of the plan named: out of scope."""
    if _outside_the_plan(turn):
        return Decision(Kind.OUT_OF_SCOPE, rule=f"{rule}.out_of_scope")
    return Decision(Kind.FALLBACK, close=turn.close, german=turn.german, rule=rule)


def _outside_the_plan(turn: Turn) -> bool:
    """A readable question that names nothing of the plan and fits no project at all.

    "Wo beantrage ich einen Anwohnerparkausweis?" has no place, person, project,
    group, Schwerpunkt, statement of the plan or contact detail, nothing the
    words come close to, and the ranking's "nothing fits" (knowledge.ranking).
    """
    if not turn.german or turn.words < MIN_WORDS_BY_MEANING or turn.hits or turn.fit >= FITS:
        return False
    return turn.names_nothing and not turn.comes_close


def _only_a_place(turn: Turn, kb: KnowledgeBase) -> bool:
    """The message names a place and nothing else ("und Brackel?", "Westerfilde")."""
    named = turn.places or turn.other_place or turn.unknown_place
    return bool(named) and not turn.details and turn.only_place_names


def _another_place_for_the_list(turn: Turn, focus: Focus, kb: KnowledgeBase) -> bool:
    """A bare place ("und in Nette?") while the focus is a list of projects found by place."""
    bare = turn.places and not turn.details and turn.only_places
    return bool(bare) and focus.subject == Subject.PROJECT and focus.query.kind == ListKind.PLACES


def _places_or_unknown(turn: Turn, details: tuple[str, ...]) -> Decision | None:
    if turn.places:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=details, rule="place")
    if turn.other_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.other_place, rule="place.other")
    if turn.suggestions:
        return Decision(Kind.SUGGEST_PLACES, turn.suggestions, place=turn.unknown_place,
                        rule="place.near_miss")  # fmt: skip
    if turn.unknown_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.unknown_place, rule="place.unknown")
    return None


def _focus_contact(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A follow-up ("und die Telefonnummer?"): the contact of what the last answer was about.

    A pick names one project of the list: "who is the contact for the second one?".
    """
    if turn.pick is not None and focus.projects and focus.subject == Subject.PROJECT:
        picked = _pick(turn.pick, focus, kb)
        if picked.kind is Kind.PROJECT_DETAIL:
            return _via("focus.pick", _project_contact(picked.projects[0], turn.details, kb))
    person = _person_in_focus(turn, focus, kb) or _person_of_places(turn, focus, kb)
    if person is not None:
        return Decision(Kind.PERSON_CONTACT, person=person, details=turn.details,
                        rule="focus.person")  # fmt: skip
    if focus.subject == Subject.OFFICE:
        return Decision(Kind.OFFICE_CONTACT, details=turn.details, rule="focus.office")
    if focus.subject == Subject.REPORT:
        return Decision(Kind.REPORT, details=turn.details, rule="focus.report")
    project = _project_in_focus(focus, kb) if focus.subject == Subject.PROJECT else None
    if project is not None:
        return _via("focus.project", _project_contact(project, turn.details, kb))
    if focus.subject == Subject.PROJECT and focus.shown:
        return _via("focus.list", _list_contact(focus, turn.details, kb))
    places = _places_in_focus(focus, kb)
    if places:
        return Decision(Kind.PLACE_CONTACT, places, details=turn.details, rule="focus.places")
    return None


def _person_of_places(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Person | None:
    """The one person on site for the places in focus ("Welche Gebiete hat sie noch?")."""
    if focus.subject != Subject.PLACES or not (turn.pronoun or turn.asks_areas):
        return None
    names = {d.contact.name for d in kb.districts() if d.name in focus.places}
    return kb.person_named(names.pop()) if len(names) == 1 else None


def _list_contact(focus: Focus, details: tuple[str, ...], kb: KnowledgeBase) -> Decision:
    """The people on site for the projects just listed, else the Projektbüro."""
    shown = kb.projects_numbered(focus.shown)
    districts = {d.name for p in shown for d in kb.districts_of(p)}
    places = tuple(d for d in kb.districts() if d.name in districts)
    if places:
        return Decision(Kind.PLACE_CONTACT, places, details=details, rule="list_contact.places")
    return Decision(Kind.OFFICE_CONTACT, details=details, rule="list_contact.office")


def _project_contact(project: Project, details: tuple[str, ...], kb: KnowledgeBase) -> Decision:
    """The people on site where the page places the project, else the Projektbüro."""
    districts = kb.districts_of(project)
    if districts:
        return Decision(Kind.PLACE_CONTACT, tuple(districts), details=details,
                        rule="project_contact.places")  # fmt: skip
    return Decision(Kind.OFFICE_CONTACT, details=details, rule="project_contact.office")


def _person_meant(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Person | None:
    """The person in focus, or the one person on site for the places in focus.

    "Ist er auch für Hörde zuständig?" after Scharnhorst asks about its person.
    """
    return _person_in_focus(turn, focus, kb) or _person_of_places(turn, focus, kb)


def _person_in_focus(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Person | None:
    if focus.subject != Subject.PERSON or not focus.person:
        return None
    return kb.person_named(focus.person)


def _project_in_focus(focus: Focus, kb: KnowledgeBase) -> Project | None:
    number = focus.project
    if number is None and len(focus.shown) == 1:
        number = focus.shown[0]
    found = kb.projects_numbered([number]) if number is not None else ()
    return found[0] if found else None


def _is_follow_up(turn: Turn) -> bool:
    """No content of its own: "Was ist das Ziel davon?", "an wen richtet sich das?"."""
    return not turn.projects and turn.follow_up


def _pick(position: int, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The picked project of the last list; lists are numbered across pages."""
    numbers, shown, start = focus.projects, focus.shown, focus.start
    if start < position <= start + len(shown):
        number, rule = numbers[position - 1], "pick.on_page"
    elif 0 < position <= len(shown):
        number, rule = shown[position - 1], "pick.of_page"
    elif position == -1 and shown:
        number, rule = shown[-1], "pick.last"
    elif 0 < position <= len(numbers):
        number, rule = numbers[position - 1], "pick.of_list"
    else:
        return Decision(Kind.NO_SUCH_NUMBER, rule="pick.no_such_number")
    return _numbered(number, kb, rule)


def _numbered(number: int, kb: KnowledgeBase, rule: str) -> Decision:
    """The project with this (lasting) number, or word that it left the plan."""
    found = kb.projects_numbered([number])
    if found:
        return Decision(Kind.PROJECT_DETAIL, projects=found, rule=rule)
    removed = kb.removed_project(number)
    if removed:
        return Decision(Kind.PROJECT_REMOVED, removed=removed, rule=f"{rule}.removed")
    return Decision(Kind.ASK_PROJECT, rule=f"{rule}.unknown")


def _next_page(focus: Focus, kb: KnowledgeBase) -> Decision:
    """The next page of the last list ("mehr")."""
    if not focus.projects:
        return Decision(Kind.ASK_PROJECT, rule="page.no_list")
    projects = kb.projects_numbered(focus.projects)
    # Projects a content update removed from the pages already shown do not shift the next page.
    start = len(kb.projects_numbered(focus.projects[: focus.start + PAGE_SIZE]))
    if start >= len(projects):
        return Decision(Kind.NO_MORE, rule="page.no_more")
    return Decision(Kind.PROJECT_LIST, projects=projects, start=start, query=focus.query,
                    rule="page.next")  # fmt: skip


def _search(turn: Turn, kb: KnowledgeBase) -> Decision:
    """Projects for places, groups or words; the ones on site first."""
    in_places = list(kb.projects_in(list(turn.places))) if turn.places else []
    has_need = not turn.only_places or bool(turn.groups)
    if turn.places and not has_need:
        if in_places:
            return _listed(
                in_places, ListQuery(ListKind.PLACES, _names(turn.places)), "search.places"
            )
        return Decision(Kind.PROJECT_NONE_IN_PLACES, turn.places, rule="search.none_in_places")
    found = [hit.item for hit in turn.hits]
    rule = "search.words"
    if not found and not turn.need_beyond_group:
        found = list(turn.group_projects)
        rule = "search.groups"
    if not found and turn.other_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.other_place, rule="search.other_place")
    if not found:  # a Schwerpunkt's own words ("Hilfe gegen Armut"), not a number
        topic = turn.word_topics if turn.pick is None else ()
        if len(topic) == 1:
            return Decision(Kind.TOPIC, topic=topic[0], rule="search.topic")
        return Decision(Kind.PROJECT_NONE, place=turn.other_place, rule="search.none")
    ordered = [p for p in found if p in in_places] + [p for p in found if p not in in_places]
    unique = list(dict.fromkeys(ordered))
    return _listed(unique, ListQuery(ListKind.SEARCH), rule)  # what was found, not typed


def _listed(projects: list[Project], query: ListQuery, rule: str) -> Decision:
    if len(projects) == 1:
        return Decision(Kind.PROJECT_DETAIL, projects=tuple(projects), query=query,
                        rule=f"{rule}.one")  # fmt: skip
    return Decision(Kind.PROJECT_LIST, projects=tuple(projects[:MAX_LIST]), query=query,
                    rule=rule)  # fmt: skip


def _names(districts: tuple[District, ...]) -> str:
    return ", ".join(d.name for d in districts)


_BY_INTENT: dict[str, Handler] = {
    "district_contact": _contact,
    "district_list": _district_list,
    "project_search": _project_search,
    "project_detail": _project_detail,
    "topic_overview": _topic_overview,
    "social_report": _report,
    "project_office_contact": _office,
    "links": _links,
    "help": _help,
    "inform": _inform,
    "nlu_fallback": _fallback,
}

# Small talk: its own short answer, unless the message asks more (see _small_talk).
SMALL_TALK_KINDS: dict[str, Kind] = {"greet": Kind.GREET, "goodbye": Kind.GOODBYE,
                                     "thank": Kind.THANK, "affirm": Kind.AFFIRM, "deny": Kind.DENY,
                                     "bot_challenge": Kind.BOT_CHALLENGE}  # fmt: skip
# What a question beside small talk may come to and still be no question ("wie geht's?").
_NOTHING_ASKED = frozenset({Kind.FALLBACK, Kind.PROJECT_UNKNOWN, Kind.ASK_PLACE, Kind.ASK_PROJECT,
                            Kind.OUT_OF_SCOPE})  # fmt: skip
# Intents that answer a Schwerpunkt themselves, or ask for someone, not for its projects.
_ANSWER_TOPICS = frozenset({"project_search", "topic_overview", "inform", "district_contact",
                            "project_office_contact", "district_list"})  # fmt: skip
# Intents about places and contacts: a reading by meaning alone does not overrule them.
_NOT_ABOUT_THE_PLAN = frozenset({"district_contact", "district_list", "help",
                                 "project_office_contact"})  # fmt: skip
# Answers that give nothing of substance: the NLU's next reading may do better.
_EMPTY_HANDED = frozenset({Kind.FALLBACK, Kind.PROJECT_UNKNOWN, Kind.PROJECT_NONE, Kind.ASK_PLACE,
                           Kind.ASK_PROJECT, Kind.OUT_OF_SCOPE})  # fmt: skip
# Answers to "is there X?" that mean the plan has no X (not "which place?", "which project?").
_NOTHING_THERE = frozenset({Kind.FALLBACK, Kind.PROJECT_UNKNOWN, Kind.PROJECT_NONE,
                            Kind.OUT_OF_SCOPE})  # fmt: skip
# Intents whose question stands on its own, even in words that could follow up a project.
_OWN_QUESTIONS = frozenset({"links", "help", "social_report"})
# Intents about places and contacts that answer a contact of the place in focus themselves.
_PLACE_INTENTS = frozenset({"district_contact", "district_list"})
_PICK_INTENTS = frozenset({"inform", "project_detail", "project_search", "nlu_fallback",
                           "topic_overview"})  # fmt: skip
# Intents a situation told at length is often read as ("wohne am Clarenberg" -> contact).
_STORY_INTENTS = frozenset({"district_contact", "project_office_contact", "inform", "nlu_fallback"})
# ... and, when the story clearly fits projects (_clear_story), the plan's overview or its places.
_CLEAR_STORY_INTENTS = frozenset({"topic_overview", "district_list"})
OUT_OF_SCOPE = "out_of_scope"  # the NLU's intent for questions outside the plan
# Answers a place named only as context may have come to (see _place_as_context).
# Readings an existence question gets by loose words ("Erste-Hilfe-Kurse" as a pick) or as a
# question about the page (links, a Schwerpunkt, the overview).
_LOOSE_KINDS = frozenset({Kind.PROJECT_LIST, Kind.PROJECT_DETAIL, Kind.LINKS, Kind.TOPIC,
                          Kind.OVERVIEW})  # fmt: skip
# Answers an errand gets by the words it shares with the plan ("Bus", "Imbiss", a place).
_ERRAND_KINDS = frozenset({Kind.PLACE_CONTACT, Kind.PROJECT_LIST, Kind.PROJECT_DETAIL,
                           Kind.PROJECT_NONE, Kind.FALLBACK, Kind.MEMBER, Kind.LINKS,
                           Kind.DISTRICT_LIST, Kind.ASK_PLACE, Kind.OVERVIEW, Kind.TOPIC,
                           Kind.SUGGEST_PLACES, Kind.PROJECT_NONE_IN_PLACES})  # fmt: skip
_CONTEXT_KINDS = frozenset({Kind.PLACE_CONTACT, Kind.FALLBACK, Kind.PROJECT_NONE})
# Answers that say "yes" or "no" to a yes/no question by what they contain.
_YES_KINDS = frozenset({Kind.PLACE_CONTACT, Kind.PERSON_CONTACT, Kind.OFFICE_CONTACT, Kind.REPORT,
                        Kind.PROJECT_DETAIL, Kind.PROJECT_LIST, Kind.TOPIC})  # fmt: skip
_NO_KINDS = frozenset({Kind.PROJECT_NONE, Kind.PROJECT_NONE_IN_PLACES, Kind.NO_MORE})
# Rules of a search by the question's words or groups (not by a place or a name).
_BY_WORDS = ("search.words", "search.groups", "clear_lead")
# Kinds whose own first sentence says yes or no.
OWN_YES_NO = frozenset({Kind.MEMBER, Kind.NOT_A_PLACE, Kind.PERSON_SERVES, Kind.SAME_PERSON})

"""One citizen turn, read once: the text, the NLU's reading, and what it refers to.

Every knowledge-base referent the message names is looked up here, once:
Aktionsräume (also places outside the plan and near misses), people,
projects (entity, button reference, a title word or nickname), target
groups, Schwerpunkte, the Projektbüro, the social report, the plan's own
statements. :func:`actions.decision.decide` then needs no tracker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import Any, Generic, TypeVar

from rapidfuzz import fuzz, process
from rasa_sdk import Tracker

from actions import parsing
from knowledge import KnowledgeBase, lexicon, plan_meaning, story
from knowledge.crosslingual import Needs, names_no_need, read_needs
from knowledge.crosslingual import fold as fold_name
from knowledge.embedding import HANDOVER_KEY
from knowledge.heads import thing_fits, told_in_situations
from knowledge.language import detect, is_foreign, other_language, settings
from knowledge.passages import Kind
from knowledge.person_in_need import PersonInNeed, person_in_need
from knowledge.ranking import CLEAR_LEAD, DESCRIBED_LEAD, Ranking
from knowledge.records import District, Hit, Person, PlanFact, Project, RemovedProject, Topic
from knowledge.search import idioms
from knowledge.story import need_part, told_in_any_language
from knowledge.synonyms import TARGET_GROUPS, synonym_groups
from knowledge.text import (
    compact,
    fold,
    forms,
    is_german_word,
    is_noun,
    is_stop_word,
    key,
    terms,
    words,
)

MIN_NAME_SCORE = 90.0  # a project named by one word of free text must match its title closely
MIN_WORD_FOR_NAME = 5
MIN_TITLE_WORD = 4  # shorter words ("im", "zum") need not stand in the title
MAX_ENDING = 3  # letters an inflected form may add: "Straßenkümmerern"
SHARED_THEME = 0.5  # a theme word names one project when the next one scores below this share
LONG_COMPOUND = 12  # letters: "Konfliktvermittlung" is specific, "Haus" is not
MAX_WORDS_FOR_NEAR = 6
MAX_WORDS_FOR_PLAN_QUESTION = 20  # longer messages are questions, not misspelt place names
RELATIVE_CUTOFF = 0.3  # search hits below this share of the best score are noise
MIN_NAME_LENGTH = 6  # shorter unknown words are typos more often than names
MAX_SMALL_WORD = 2  # letters: "de" of "Hörde'de", "в", "في" ask for nothing
SHORT_QUESTION = 3  # content words up to which word matches alone may answer ("Angebote für Opa")
CLOSE_PROJECTS = 3  # projects offered when nothing fits
TOPIC_MARGIN = 0.01  # e5 cosine by which the closest Schwerpunkt stands ahead of the next
TOPIC_AHEAD = 0.005  # ... a little ahead: enough when a theme is asked for ("по теме работы")
# ... and by which it may stay behind the nearest project (a need one project fits is no
# Schwerpunkt: "zum Thema Deutschkurse" ~ -0.035, "rund um Ausbildung und Arbeit" ~ -0.019)
TOPIC_BEHIND_PROJECT = 0.02
# A list asked for without a word for a Schwerpunkt ("Welche Maßnahmen gibt es für ein gutes
# Miteinander im Quartier?"): the nearest Schwerpunkt this far ahead of the next, and at most
# this far behind the nearest project (see _topic_of_a_list; tests/dev, session 14).
TOPIC_LIST_MARGIN = 0.015
TOPIC_LIST_BEHIND = 0.025
TOPIC_OF_FITTING = 5  # the fitting projects whose Schwerpunkt a "welcher Schwerpunkt?" asks
OWN_TOPIC_WORDS = 2  # words of a Schwerpunkt's own name that name it ("lokale Ökonomie")
NEED_WORD_LENGTH = 5  # shorter words ("arm", "neu") name no thing of their own
MIN_THING = 4  # letters of a noun that names a thing ("Kita", "Yoga"; not "Tag")
SURE_YES = 0.45  # fused score from which "Gibt es X?" fits, though no project fits X alone
# ... when X is also told in no project's situations (knowledge.heads.told_in_situations):
# on the development sets (session 15) the existence questions for such an X the plan
# lacks fit at most 0.79 ("Hilfe beim Umzug"), those the plan answers from 0.81 ("gibts da
# unterstützung für mein nagelstudio"); between them.
UNTOLD_SURE_YES = 0.8
# ... in a message shorter than this (decision.limits.ERRAND_WORDS): a longer one tells a
# story whose need decides, not the thing its closing "Gibt es da ...?" names (on the
# situations evaluation set, compared by rule and length only: stories of 20 and more words).
UNTOLD_WORDS = 15
_FRAME_WORDS = ("yes_no_starts", "errands", "service_terms")  # how it is asked, not what
_CONTACT_WORDS = ("someone", "contact_asks", "contact_fillers")  # lexicon lists of contact words
_REF = re.compile(r"^#(\d{1,4})$")
PLACE_PROJECTS = "project_search"  # the intent that lists a place's projects
_WORD_IN_SENTENCE = re.compile(r"\w+")


_Value = TypeVar("_Value")


class Later(Generic[_Value]):
    """A check made when it is first read, then kept.

    Some checks of a turn embed single words (about 10 ms of CPU time each) and
    only a few decisions read them: "Gibt es Schachkurse für Senioren?" needs to
    know whether the plan has chess courses, a long story does not.
    """

    def __init__(self, check: Callable[[], _Value]) -> None:
        """``check`` runs at most once, when the value is first asked for."""
        self._check: Callable[[], _Value] | None = check
        self._value: _Value | None = None

    def __call__(self) -> _Value:
        """The check's result."""
        if self._check is not None:
            self._value, self._check = self._check(), None
        return self._value  # type: ignore[return-value]  # set by the check above


_NO: Later[bool] = Later(lambda: False)
_NOTHING_BEYOND: Later[str] = Later(lambda: "")


@dataclass(frozen=True)
class Close:
    """What the words come close to, for "Meinten Sie …?" buttons when nothing fits."""

    places: tuple[District, ...] = ()
    people: tuple[Person, ...] = ()
    topics: tuple[Topic, ...] = ()
    projects: tuple[Project, ...] = ()  # the search's best few, however far behind


@dataclass(frozen=True)
class Turn:
    """What the citizen said in this turn and what it names on the page."""

    text: str = ""
    intent: str = ""
    ranking: tuple[tuple[str, float], ...] = ()  # the NLU's intents, best first
    payload: bool = False  # a button's payload: no text of its own
    details: tuple[str, ...] = ()
    places: tuple[District, ...] = ()
    unknown_place: str | None = None  # a place-like name that is no Aktionsraum, as typed
    other_place: str | None = None  # a place of Dortmund outside the plan
    suggestions: tuple[District, ...] = ()  # near misses of the unknown place
    near: tuple[District, ...] = ()  # Aktionsräume a word of the text comes close to ("evnig")
    people: tuple[Person, ...] = ()
    unknown_person: bool = False  # "Frau Mustermann": a name the page does not have
    projects: tuple[Project, ...] = ()
    removed: RemovedProject | None = None  # a button's "#23" whose project left the page
    groups: tuple[str, ...] = ()
    topics: tuple[Topic, ...] = ()
    pick: int | None = None
    from_list: int | None = None  # which list the pick is from: "aus der ersten Liste" -> 1
    earlier_list: bool = False  # the list shown before: "zurück zur Liste von vorhin"
    pause: bool = False  # nothing asked, a pause: "moment, ich muss kurz überlegen", "hm"
    thanks: bool = False  # nothing but thanks: "sağol evladım", "vielen Dank, sehr nett"
    pictograms: bool = False  # nothing but pictograms ("🙄", "😅"): a feeling, no question
    complaint: bool = False  # about the answers: "das hättest du übersichtlicher sagen können"
    language_apology: bool = False  # "entschuldigung mein deutsch is nich so gut": an aside
    aside: bool = False  # a remark about one's day: "bin grad im Bus nach Hörde, Empfang ist mies"
    thanked: bool = False  # thanks among other words: "danke, mein Sohn geht übrigens dort hin"
    human: bool = False  # a person to talk to asked: "ich will mit nem echten Menschen reden"
    crisis: bool = False  # acute danger or a crisis told: "Mein Mann schlägt mich" (no text kept)
    show: bool = False  # nothing but "show them": "zeig die mal", "show me them"
    narrowing: bool = False  # "auch", "davon": beside a place, of the list just shown
    other_one: bool = False  # "das andere": of two, the other one
    points_home: bool = False  # "jemand vor Ort?", "in her area": where the citizen is
    asks_location: bool = False  # "Wo ist das Gründerinnenzentrum?": an address asked
    terms_question_words: int = 0  # words of the question that asks terms ("Kostet das was?")
    means_one: bool = False  # a correction's "ich meine das, wo ...": one project
    negated_projects: tuple[Project, ...] = ()  # a correction's "nicht das mit X / in Eving"
    more: bool = False
    step: int = 0  # the next (1) or previous (-1) of the list: "und das davor?", "next one"
    says_all: bool = False  # a word for all of them: "zeig alle Projekte", "show me all"
    points_this: bool = False  # a demonstrative: "diese Schule", "this project"
    about_it: bool = False  # more about the one just shown: "mehr dazu", "more about it"
    this_topic: bool = False  # its Schwerpunkt: "in diesem Schwerpunkt", "in this focus area"
    more_word: bool = False  # a word for more among others: "gibts sonst noch was für Babys?"
    yes_no: bool = False
    asks_existence: bool = False  # "is there ...?" ("czy jest", "var mı"), "habt ihr ...?"
    membership: bool = False
    also: bool = False  # "Huckarde auch?", "Brackel теж?": "too" and nothing else asked
    bare_place: bool = False  # nothing but a place and membership or "and" words: "а Hafen?"
    and_: bool = False  # "und Hafen?", "а Hafen?": a question like the last one
    correction: bool = False
    pronoun: bool = False
    person_asked: bool = False  # "ist der auch für ...?", "is he also ...?": the contact given
    office: bool = False
    report: bool = False
    plan_fact: PlanFact | None = None  # the statement asked for, by words or by meaning
    plan_also: PlanFact | None = None  # a second statement as near in meaning
    plan_by_meaning: bool = False  # the plan question was read by meaning, not by its words
    plan_not_said: bool = False  # about the plan, but the page does not say it ("das Budget")
    plan_overview: bool = False  # about the plan as a whole, by meaning ("What is this plan?")
    content: tuple[str, ...] = field(default=())
    # How it is asked (read once here, so decide never parses the text again):
    words: int = 0  # how many words ("im dritten Stock" in a long story is no pick)
    pick_only: bool = False  # nothing but a pick: "der zweite", "Nummer 5"
    says_project: bool = False  # "das dritte Projekt von vorhin"
    asks_areas: bool = False  # "welche Gebiete hat sie noch?"
    asks_same: bool = False  # "dieselbe Person?"
    asks_why: bool = False  # "Warum gerade diese Gebiete?"
    asks_about_one: bool = False  # "das Projekt mit den Lehrstellen – was soll es erreichen?"
    described: bool = False  # one project told by what it does, a detail asked (any language)
    asks_someone: bool = False  # "Ich suche jemanden für Westerfilde"
    someone_close: bool = False  # a need told for "meine Mutter", "unseren Sohn"
    asks_list: bool = False  # "Was gehört alles dazu?", "welche Projekte"
    asks_contact: bool = False  # "Wer ist dafür zuständig?": a contact, even in a long story
    points_there: bool = False  # "welche Projekte gibt es da?"
    follow_up: bool = False  # no content of its own: "Was ist das Ziel davon?"
    only_details: bool = False  # nothing but contact details: "und die Mail?", "i numer telefonu?"
    only_places: bool = False  # every content word names an Aktionsraum: "und in Nette?"
    only_place_names: bool = False  # ... or a place outside the plan: "und Brackel?"
    # What the page has for the words (searched once here):
    hits: tuple[Hit[Project], ...] = ()  # projects for the words, best first, noise dropped
    leader: Project | None = None  # the one project clearly ahead in words and meaning
    # A described project's runners-up, close behind the best: offered beside its answer.
    also_meant: tuple[Project, ...] = ()
    fit: float = 0.0  # the best fused score (knowledge.ranking): how well anything fits at all
    everyday: bool = False  # the projects' words in an everyday sense: "ein blaues Haus streichen"
    things: tuple[str, ...] = ()  # folded nouns that name things ("schachkurse"; no group, place)
    errand: bool = False  # buying, renting, timetables: "Wo kaufe ich ...?", "Wann fährt ...?"
    errand_elsewhere: bool = False  # ... in another language: "Where can I buy nappies?"
    # The message's request runs the errand, however long the story around it: "Ich bin 15 und
    # will ein Haus kaufen. Welche Bank gibt mir Kredit?" (see _errand_asked).
    errand_asked: bool = False
    asks_terms: bool = False  # prices, opening hours, registering: "Was kostet ...?"
    social_offer: bool = False  # words of a social offer: "kostenlos", "Beratung", "Hilfe"
    asks_price: bool = False  # "ist das kostenlos?", "kostet das was?"
    # A detail no page gives: "ab wann kann er da hin?", "what time does it start?"
    asks_specifics: bool = False
    which_nouns: tuple[str, ...] = ()  # the words after "welche": "welche Schulhöfe sind das?"
    similar: bool = False  # "gibt es noch was Ähnliches?": like the project shown
    division: bool = False  # a division of the plan named: "Welche Schwerpunkte hat der Plan?"
    terms_elsewhere: bool = False  # ... the terms in another language: "how much does it cost?"
    only_terms: bool = False  # nothing but the terms and follow-up words: "ile to kosztuje?"
    asks_where: bool = False  # "wo ist das?", "in welchem Stadtteil?", "أين هذا المكان؟"
    asks_pages: bool = False  # the page's links or documents: "Gibt es Links zum Nachlesen?"
    beside_places: float | None = None  # how well the nouns beside places fit (places_as_context)
    need_beyond_group: bool = False  # "Lesepaten für Grundschulkinder": more than a group asked
    group_projects: tuple[Project, ...] = ()  # projects for the target groups named
    need_words: tuple[str, ...] = ()  # German words for the needs another language names
    word_topics: tuple[Topic, ...] = ()  # Schwerpunkte their own words name ("Hilfe gegen Armut")
    unknown_name: bool = False  # a name that is no German word nor on the page ("Quanten-Club")
    close: Close = field(default_factory=Close)  # for "Meinten Sie ...?"
    german: bool = True  # a language the bot speaks (else: German and English, the Projektbüro)
    elsewhere: bool = False  # clearly written in another language than German
    # More than one clause, or words after thanks or a greeting: "danke! und in Eving?"
    continues: bool = False
    question_mark: bool = False  # "?" anywhere ("bist du ein Bot? ich suche ... in Eving")
    tells: bool = False  # German that tells something, not only asks (knowledge.story.tells)
    # A need told in everyday words ("einsam", "gemobbt": knowledge.synonyms.NEEDS) that
    # one of the listed projects answers.
    need_fits: bool = False
    # The person the message names as the one it asks for, and nothing else: "nein, für meine
    # Tochter, die ist 7", "und für meine Frau?" (knowledge.person_in_need).
    person_in_need: PersonInNeed | None = None
    # Made when first read (see Later): they embed single words, and few decisions ask.
    misfit_check: Later[bool] = field(default=_NO, repr=False, compare=False)
    things_missing_check: Later[bool] = field(default=_NO, repr=False, compare=False)
    asked_missing_check: Later[bool] = field(default=_NO, repr=False, compare=False)
    question_missing_check: Later[bool] = field(default=_NO, repr=False, compare=False)
    beyond_plan_check: Later[str] = field(default=_NOTHING_BEYOND, repr=False, compare=False)

    @property
    def misfit(self) -> bool:
        """A loosely fitting yes/no question names a thing no project fits alone."""
        return self.misfit_check()

    @property
    def things_missing(self) -> bool:
        """Things named, none of them in the plan (:mod:`knowledge.heads`)."""
        return self.things_missing_check()

    @property
    def asked_thing_missing(self) -> bool:
        """The first thing named, what an existence question asks for, is not in the plan.

        "Gibt es eine Kleiderkammer? Wir haben keine Winterjacken für die Kinder": the
        words after the question tell why, the question asks for a Kleiderkammer.
        """
        return self.asked_missing_check()

    @property
    def question_thing_missing(self) -> bool:
        """The first thing the last question names is not in the plan (see asked_thing_missing).

        "Wo kann ich mich gegen Grippe impfen lassen?": no project has "Grippe".
        """
        return self.question_missing_check()

    @property
    def beyond_plan(self) -> str:
        """What it asks that no project is for (:meth:`KnowledgeBase.beyond_plan`), or "".

        "unmet": a social need ("Meine Wohnung wurde gekündigt, wo komme ich dann unter?"),
        "errands": an errand others run ("Die Straßenlaterne vor unserem Haus ist kaputt").
        """
        return self.beyond_plan_check()

    @property
    def names_nothing(self) -> bool:
        """Nothing of the plan named: no place (nor one outside it) and nothing else below."""
        places = self.places or self.other_place or self.unknown_place
        return not places and self.names_nothing_but_places

    @property
    def names_nothing_but_places(self) -> bool:
        """No person, project, group, Schwerpunkt, detail, need, office, report or statement.

        Names the page does not have ("Frau Mustermann") count as named.
        """
        named = (self.people, self.unknown_person, self.projects, self.groups, self.topics,
                 self.word_topics, self.details, self.need_words, self.office, self.report,
                 self.plan_fact)  # fmt: skip
        return not any(named)

    @property
    def names_someone(self) -> bool:
        """A person, the Projektbüro or the report named: each has its own contacts to answer."""
        return bool(self.people or self.office or self.report)

    @property
    def places_as_context(self) -> bool:
        """Places named beside nothing of the plan, and nothing asked of them.

        "Wo leihe ich in Hörde ein Fahrrad?" may name Hörde only as context;
        :attr:`beside_places` then says how well the other nouns fit a project.
        """
        return self._places_only_beside and not self.asks_list

    @property
    def places_beside_missing_things(self) -> bool:
        """Places beside things the plan lacks: "Welche Apotheke in Marten hat Notdienst?".

        A list asked for ("welche") is a list of those things, not of the plan's; "wer"
        asks who does them ("Wer repariert Straßenlaternen in Westerfilde?"), unless a
        contact is asked for in so many words ("Wer ist in Marten für Apotheken zuständig?").
        """
        return self._places_beside(someone=False) and self.things_missing and not self.yes_no

    @property
    def _places_only_beside(self) -> bool:
        return self._places_beside(someone=True)

    def _places_beside(self, someone: bool) -> bool:
        """Places and nothing else of the plan; no contact (with ``someone``: no "wer") asked."""
        asks = (self.asks_contact, someone and self.asks_someone, self.membership,
                self.says_project, self.points_there)  # fmt: skip
        return self.german and bool(self.places) and not any(asks) and self.names_nothing_but_places

    @property
    def comes_close(self) -> bool:
        """The words come close to something of the plan ("Meinten Sie ...?")."""
        close = self.close
        return bool(self.near or close.places or close.people or close.topics or close.projects)


def read_turn(tracker: Tracker, kb: KnowledgeBase) -> Turn:
    """Read the latest message of the tracker (see the module docstring)."""
    return read_message(kb, tracker.latest_message or {})


def read_message(kb: KnowledgeBase, message: dict[str, Any]) -> Turn:
    """Read a message as the NLU parsed it (text, intent, entities, intent_ranking)."""
    raw = str(message.get("text") or "")
    payload = raw.startswith("/")
    if not payload:
        kb.take_over_query_vector(raw, message.get(HANDOVER_KEY))
    intent = message.get("intent") or {}
    entities = _entities(message.get("entities") or [])
    ranking = tuple(
        (str(r.get("name")), float(r.get("confidence") or 0.0))
        for r in message.get("intent_ranking") or []
    )
    return read_text(
        kb,
        "" if payload else raw,
        entities,
        intent=str(intent.get("name") or ""),
        ranking=ranking,
        payload=payload,
    )


def read_text(
    kb: KnowledgeBase,
    text: str,
    entities: dict[str, list[str]] | None = None,
    **nlu: Any,
) -> Turn:
    """Read a message given as text and entities (the NLU's fields in ``nlu``)."""
    entities = entities or {}
    said = text
    text = parsing.without_courtesy(text)  # "danke! übrigens, ...": the question that follows
    text = parsing.without_apology(text)  # "Sorry, mein Deutsch ist nicht gut. Was ist ...?"
    elsewhere = other_language(text)
    correction = parsing.is_correction(text)
    if correction:  # "nicht Hörde, sondern Hafen": only the part that names the right thing
        text_for_refs, entities = parsing.correction_target(text), {}
    else:
        text_for_refs = text
    places, unknown = _places(kb, text_for_refs, entities.get("district", []))
    other = kb.other_place(unknown or text_for_refs) if not places else None
    membership = parsing.asks_membership(text)
    # "należy do planu": the plan's own words name no project ("Plan B")
    asks_place = membership and bool(places or other or unknown)
    words_of_names = " ".join(parsing.membership_rest(text_for_refs)) if asks_place else None
    # "Was läuft in Hörde?": the phrase asks for the place's projects and names no need
    news = parsing.without_news(text_for_refs) if places or other or unknown else None
    text_for_needs = text_for_refs if news is None else news
    content = tuple(terms(text_for_needs, drop_noise=True))
    needs = _needs(kb, text_for_needs, places)
    named_groups = _groups(kb, text_for_refs, entities.get("target_group", []))
    groups = tuple(dict.fromkeys([*named_groups, *(needs.groups if needs else ())]))
    german = ""  # a story in another language: the German words of the needs its lexicon knows
    if needs is None:
        beyond_group = _asks_more_than_a_group(kb, content)
    else:  # another language: read as German only when its lexicon knows every need named
        beyond_group = bool(needs.rest)
        told = told_in_any_language(text) or _asked_in_known_words(kb, text, places)
        german = needs.query if beyond_group and told else ""
        needs = None if beyond_group else needs
    query = _query(text, needs)
    described = parsing.describes_one(text)
    ranking = kb.rank_projects(query, german, described) if text else None
    fitting = {hit.item.number for hit in ranking.hits} if ranking else set()
    # a clear leader: one title word of the story names no other project ("Grundschüler ...
    # über die Kreuzung. Gibt es dafür ein Projekt?" is no question about the school breakfast)
    if ranking and ranking.leader and not _asked_by_name(kb, text, places, fitting):
        fitting = {ranking.leader.number}
    named = entities.get("project", [])
    errand = parsing.runs_errand(text)
    terms_asked = errand or parsing.asks_terms(text)
    everyday = bool(ranking and ranking.everyday)  # "hab grad Speck gebraten fürs Frühstück"
    named_projects = _projects(
        kb, words_of_names or text_for_needs, named, places, fitting, terms_asked, everyday
    )
    negated = parsing.correction_negated(text) if correction else ""
    negated_projects = _projects(kb, negated, [], [], fitting) if negated else []
    negated_places = _places(kb, negated, [])[0] if negated else []  # "nich das in Eving"
    negated_projects += [p for p in kb.projects_in(negated_places) if p not in negated_projects]
    people = _people(kb, text_for_refs, entities.get("person", []))
    near = () if places or other or unknown or people or named_projects else _near(kb, text)
    in_plan = [bool(kb.find_districts(word)) for word in content]
    place_news = news is not None and bool(places) and (all(in_plan) or _only_places_left(kb, news))
    if place_news:
        nlu = {**nlu, "intent": PLACE_PROJECTS}  # whatever intent the NLU guessed
    yes_no = parsing.is_yes_no(text)
    existence = _existence_sentence(text)
    things = _things(kb, text)
    things_missing = Later(partial(_missing, kb, text, things))
    fit = ranking.ranked[0].score if ranking and ranking.ranked else 0.0
    found = ranking.hits if ranking else ()
    if needs and needs.groups and not needs.topics:
        found = ()  # the group search answers, as for "Senioren"
    if not (found or everyday) and text and not beyond_group and len(content) <= SHORT_QUESTION:
        found = tuple(kb.search_projects_by_words(text))  # "Angebote für Opa": words suffice
    pick = parsing.ordinal(text) or parsing.loose_ordinal(text)
    points_this = parsing.says_word_of("this_one", text)  # "diese Schule", "this project"
    from_list = parsing.list_position(text)
    turn = Turn(
        text=text,
        details=parsing.asked_details(text, entities.get("contact_detail", [])),
        places=tuple(places),
        unknown_place=unknown,
        other_place=other,
        suggestions=tuple(kb.suggest_districts(unknown)) if unknown and not other else (),
        near=near,
        people=tuple(people),
        unknown_person=not people and _names_someone(text_for_refs, entities.get("person", [])),
        projects=tuple(named_projects),
        removed=_removed(kb, entities.get("project", [])),
        groups=groups,
        topics=tuple(_topics(kb, text_for_refs, entities.get("topic", []))),
        pick=pick,
        from_list=from_list,
        earlier_list=from_list == 1 or parsing.says_earlier_list(text, picks=pick is not None),
        pause=parsing.pauses(text),
        thanks=parsing.only_thanks(said),  # the courtesy is the whole message
        pictograms=parsing.only_pictograms(said),
        complaint=parsing.complains(said),
        language_apology=parsing.apologises_for_language(said),
        aside=parsing.tells_aside(said),
        thanked=parsing.says_word_of("thanks_triggers", said),
        human=parsing.asks_for_a_human(text),
        crisis=parsing.tells_crisis(said),
        show=parsing.shows_the_list(text),
        narrowing=parsing.says_word_of("narrowing_words", text),
        other_one=parsing.says_word_of("other_one", text),
        negated_projects=tuple(negated_projects),
        means_one=correction and parsing.means_one(text_for_refs),
        points_home=parsing.points_home(text),
        asks_location=parsing.asks_location(text),
        terms_question_words=_terms_question_words(said),
        more=parsing.asks_for_more(text) or parsing.asks_for_more(said),  # "а ще щось є?"
        step=parsing.list_step(text),
        says_all=parsing.says_word_of("every", text),
        points_this=points_this,
        about_it=parsing.says_word_of("about_it", text),
        more_word=parsing.says_word_of("more_triggers", text),
        this_topic=points_this and parsing.says_word_of("topic_words", text),
        yes_no=yes_no,
        asks_existence=parsing.asks_existence(text) or parsing.asks_offer(text),
        membership=membership,
        also=parsing.says_also(text),
        and_=parsing.says_and(text),
        bare_place=_bare_place(kb, text),
        correction=correction,
        pronoun=parsing.mentions_person_pronoun(text),
        person_asked=parsing.refers_to_person(text),
        office=any(word in compact(text_for_refs) for word in lexicon.words("office")),
        report=any(word in compact(text_for_refs) for word in _report_words(kb)),
        **_plan_question(kb, text),
        content=content,
        words=len(text.split()),
        pick_only=parsing.ordinal(text) is not None,
        says_project=parsing.names_a_project_word(text),
        asks_areas=parsing.asks_for_areas(text),
        asks_same=parsing.asks_same_person(text),
        asks_why=parsing.asks_why_or_what(text),
        asks_about_one=parsing.asks_about_one(text),
        described=described,
        asks_someone=parsing.asks_for_someone(text),
        someone_close=parsing.for_someone_close(text),
        asks_contact=parsing.asks_for_contact(text),
        asks_list=parsing.asks_for_a_list(text),
        points_there=parsing.points_to_a_place(text),
        follow_up=parsing.is_follow_up(text),
        only_details=parsing.asks_only_details(text),
        only_places=all(in_plan)
        or place_news
        or _asks_only_places(kb, text_for_needs, places, str(nlu.get("intent"))),
        only_place_names=all(
            on or kb.other_place(w) for on, w in zip(in_plan, content, strict=True)
        ),
        hits=_relevant(found),
        leader=_leader(
            _own_ranking(kb, text, elsewhere and (query != text or bool(german)), described)
            or ranking,
            described,
        ),
        also_meant=ranking.near_best() if ranking and described else (),
        everyday=everyday,
        fit=fit,
        misfit_check=Later(partial(_misfit, kb, yes_no, fit, content, things_missing)),
        things=things,
        things_missing_check=things_missing,
        asked_missing_check=Later(
            partial(
                _asked_missing,
                kb,
                existence,
                fit,
                told=len(text.split()) < UNTOLD_WORDS and _a_question(existence, yes_no),
            )
        ),
        question_missing_check=Later(partial(_asked_missing, kb, _question_sentence(said), fit)),
        beyond_plan_check=Later(partial(kb.beyond_plan, text)),
        errand=errand,
        errand_asked=errand and _errand_asked(said),
        errand_elsewhere=detect(text).language != lexicon.DEFAULT_LANGUAGE
        and parsing.runs_errand_elsewhere(text),
        asks_terms=parsing.asks_terms(text),
        social_offer=parsing.names_a_social_offer(text),
        asks_price=parsing.asks_price(text),
        asks_specifics=parsing.asks_specifics(text),
        which_nouns=parsing.which_nouns(text),
        division=parsing.names_a_division(text),
        similar=parsing.asks_similar(text),
        terms_elsewhere=parsing.asks_terms_elsewhere(text),
        only_terms=parsing.asks_only_terms(text),
        asks_where=parsing.asks_where(text),
        asks_pages=parsing.asks_for_pages(text),
        need_beyond_group=beyond_group,
        group_projects=tuple(hit.item for g in groups for hit in kb.projects_for_target_group(g)),
        need_words=(*needs.topics, *needs.groups) if needs else (),
        word_topics=tuple(kb.find_topic(text).items) if text else (),
        unknown_name=not elsewhere and _names_an_unknown_project(kb, content),
        close=_close(kb, text, found),
        german=not is_foreign(text),
        continues=said != text or len(parsing.read(said).clauses) > 1,
        question_mark=bool(parsing.QUESTION_MARK.search(said)),
        elsewhere=elsewhere,
        tells=not elsewhere and story.tells(text),
        need_fits=bool(found) and _need_fits(kb, text, found),
        person_in_need=person_in_need(text) if text else None,
        **nlu,
    )
    if not turn.places_as_context:  # the nouns beside them are ranked only when it matters
        return turn
    return replace(turn, beside_places=_beside_places(kb, text, places))


def _bare_place(kb: KnowledgeBase, text: str) -> bool:
    """Every word left besides membership, "too" and "and" words names a place.

    A word of a name counts when the words together name an Aktionsraum ("Eving II").
    """
    rest = parsing.membership_rest(text)
    if not rest:
        return False
    together = {w for d in kb.find_districts(" ".join(rest)).items for w in key(d.name).split()}
    return all(
        key(word) in together or kb.find_districts(word).items or kb.other_place(word)
        for word in rest
    )


def _leader(ranking: Ranking | None, described: bool) -> Project | None:
    """The project clearly meant: well ahead, or a little ahead of a described one."""
    if ranking is None:
        return None
    lead = DESCRIBED_LEAD if described else CLEAR_LEAD
    return ranking.leader_by(lead)


def _own_ranking(
    kb: KnowledgeBase, text: str, read_german: bool, described: bool
) -> Ranking | None:
    """The ranking of a message in another language by its own words' meaning alone.

    When its ranking read the German words of a theme it names (``read_german``, for a
    message clearly in another language: "school" -> "Schule"), shared by many projects,
    the project it means is found by its meaning: "who is the walking school bus meant
    for?" means one.
    """
    if not text or not read_german:
        return None
    return kb.rank_projects(text, described=described)


def _need_fits(kb: KnowledgeBase, text: str, found: tuple[Hit[Project], ...]) -> bool:
    """Whether a project listed answers a need the text tells in everyday words."""
    answering = {project.number for project in kb.projects_for_needs(text)}
    return any(hit.item.number in answering for hit in found)


def _relevant(hits: tuple[Hit[Project], ...]) -> tuple[Hit[Project], ...]:
    """The search's projects for the words; hits far behind the best are noise."""
    if not hits:
        return ()
    return tuple(hit for hit in hits if hit.score >= RELATIVE_CUTOFF * hits[0].score)


def _misfit(
    kb: KnowledgeBase,
    yes_no: bool,
    fit: float,
    content: tuple[str, ...],
    things_missing: Later[bool],
) -> bool:
    """A yes/no question that fits loosely and names a word nothing fits, or missing things."""
    if not yes_no:
        return False
    loose = fit < SURE_YES and any(_fits_nothing(kb, word) for word in content)
    return loose or things_missing()


def _fits_nothing(kb: KnowledgeBase, word: str) -> bool:
    """A word that names a thing (no group, no place) for which no project fits: "Strickkreis".

    Asked for in a yes/no question that fits only loosely as a whole ("Gibt es einen
    Strickkreis für Rentnerinnen?"), it is what the plan does not have.
    """
    if len(word) < NEED_WORD_LENGTH or kb.target_group(word) is not None:
        return False
    if kb.find_districts(word).items or kb.other_place(word):
        return False
    return not kb.rank_projects(word).hits


def _things(kb: KnowledgeBase, text: str) -> tuple[str, ...]:
    """The things the nouns of the message name (:mod:`knowledge.heads`), folded.

    Groups, places, people and words that name no thing of their own
    ("Angebote", "Leute", "Sohn") are no things, nor is whom a thing is for
    ("Tanzkurse für Erwachsene"). Nouns are read by their capital letter; in a
    message typed in lower case (no capital inside a sentence but a place's) by
    the German lemma table (:func:`knowledge.text.is_noun`): "gibt es
    schachkurse für senioren" names "schachkurse" as "Schachkurse für Senioren" does.
    """
    if detect(text).language != lexicon.DEFAULT_LANGUAGE:
        return ()  # capitals mark nouns in German only ("Almanca kursu var mı?")
    lower = _typed_in_lower_case(kb, text)
    nouns = [
        w
        for w, for_whom in parsing.words_for_whom(text, by_lemma=lower)
        if not for_whom and (w[0].isupper() or (lower and _lower_noun(w)))
    ]
    return tuple(term for noun in nouns if (term := _thing(kb, noun)))


def _typed_in_lower_case(kb: KnowledgeBase, text: str) -> bool:
    """No word inside a sentence is capitalised but a place's ("wo in Eving gibts kochkurse")."""
    return all(kb.find_districts(w).items or kb.other_place(w) for w in parsing.nouns_inside(text))


def _lower_noun(word: str) -> bool:
    """A noun typed in lower case, not a courtesy or filler word ("hallo", "mal")."""
    fillers = lexicon.words("courtesy") | lexicon.words("pick_fillers")
    return is_noun(word) and key(word) not in fillers


def _missing(kb: KnowledgeBase, text: str, things: tuple[str, ...]) -> bool:
    """Things are named and the plan has none of them: "Schachkurse für Senioren in Scharnhorst".

    One thing the plan has is enough ("Mittagessen in der Ganztagsschule"), also one
    told in a project's situations ("eine Lehrstelle", :func:`told_in_situations`), and
    so is another word that fits a project by itself: "eine Firma gründen".
    """
    if not things or any(thing_fits(kb, term) or told_in_situations(kb, term) for term in things):
        return False
    other = _other_words(text, _typed_in_lower_case(kb, text))
    return not any(kb.rank_projects(word).hits for word in other)


def _asked_missing(kb: KnowledgeBase, asking: str | None, fit: float, told: bool = False) -> bool:
    """The thing a question sentence asks for first is in no project, nor fits the question.

    ``asking`` is the sentence that asks ("Meine Azubis brechen ab. Gibt es Leute, die
    ...?": not "Azubis" of the story before it); its first thing
    (:func:`knowledge.heads.thing_fits`) is what it asks for, unless the sentence or
    the whole message (``fit``) fits a project well (:data:`SURE_YES`: "Gibt es ein
    Mittagessen in der Ganztagsschule?", "Mein Neffe will die Ausbildung abbrechen.
    Gibt es da Begleitung?"). With ``told`` (an existence question), a thing told in no
    project's situations either ("Gibt es eine Hebamme, die junge Mütter besucht?") is
    missing unless the question fits far better (:data:`UNTOLD_SURE_YES`): the words around
    it ("junge Mütter") make a loose fit, not the thing.
    """
    if asking is None:
        return False
    things = _things(kb, asking)
    if not things or thing_fits(kb, things[0]):
        return False
    untold = told and not told_in_situations(kb, things[0])
    sure = UNTOLD_SURE_YES if untold else SURE_YES
    ranked = kb.rank_projects(asking).ranked
    return fit < sure and (not ranked or ranked[0].score < sure)


def _question_sentence(text: str) -> str | None:
    """The last sentence with a question mark ("... Wo beschwere ich mich?"), if any."""
    asked = [s for s in parsing.sentences(text) if parsing.QUESTION_MARK.search(s)]
    return asked[-1] if asked else None


def _terms_question_words(text: str) -> int:
    """Words of the question that asks terms ("Kostet mich das was? Meine Rente ..."), or 0."""
    for sentence in parsing.sentences(text):
        if parsing.QUESTION_MARK.search(sentence) and (
            parsing.asks_terms(sentence) or parsing.asks_price(sentence)
        ):
            return len(parsing.read(sentence).words)
    return 0


def _errand_asked(text: str) -> bool:
    """The request of a German message runs an errand (lexicon ``errands``), not its story.

    The request is the last question ("Wie kündige ich im Sportverein? Mein Mann ist
    verstorben ..."), or the message when it is one sentence ("Ich möchte für die
    Hochzeit ein Restaurant buchen"); "Ich kann nichts mehr kaufen, das Geld reicht
    nicht. Wer hilft mir?" tells its errand as background to a need.
    """
    sentences = parsing.sentences(text)
    request = _question_sentence(text) or (sentences[0] if len(sentences) == 1 else None)
    return request is not None and parsing.runs_errand(request)


def _existence_sentence(text: str) -> str | None:
    """The first sentence that asks whether something exists ("Gibt es ...?", "Habt ihr ...?").

    From its question verb on (lexicon ``yes_no_starts``): what comes before it in the
    same sentence ("Erika Mustermann, wohne Mallinckrodtstraße 12 … gibt es ...?") is
    no thing asked for.
    """
    for sentence in parsing.sentences(text):
        if parsing.asks_existence(sentence) or parsing.asks_offer(sentence):
            return _from_the_question(sentence)
    return None


def _a_question(sentence: str | None, yes_no: bool) -> bool:
    """The existence sentence asks ("Gibt es ...?", "gibts nen Skatepark"), tells nothing.

    "In der Schule gibt es nur Süßkram" tells what there is: no thing asked for.
    """
    return sentence is not None and (yes_no or bool(parsing.QUESTION_MARK.search(sentence)))


def _from_the_question(sentence: str) -> str:
    """The sentence from its first yes/no verb on ("gibt", "habt"), else the whole."""
    starts = lexicon.words("yes_no_starts")
    verb = next((m for m in _WORD_IN_SENTENCE.finditer(sentence) if key(m.group()) in starts), None)
    return sentence[verb.start() :] if verb else sentence


def _other_words(text: str, lower: bool = False) -> list[str]:
    """Lower-case words that may name the need: no audience, frame or stop word ("gründen").

    In a message typed in lower case, its nouns are the things, no other words.
    """
    frame = set().union(*(lexicon.words(name) for name in _FRAME_WORDS))
    return [
        word
        for token, for_whom in parsing.words_for_whom(text, by_lemma=lower)
        if token.islower() and not for_whom and not (lower and _lower_noun(token))
        and len(word := fold(token)) >= NEED_WORD_LENGTH
        and word not in frame and not is_stop_word(word)
    ]  # fmt: skip


def _thing(kb: KnowledgeBase, noun: str) -> str | None:
    """The folded thing a noun names, or None for a group, place, person or vague word."""
    found = terms(noun, drop_noise=True)
    if not found:
        return None
    term = max(found, key=len)  # "Erste-Hilfe-Kurse": the whole compound
    if len(term) < MIN_THING or term in lexicon.words("vague_things"):
        return None
    contact = any(term in lexicon.words(asks) for asks in _CONTACT_WORDS)
    if contact or parsing.asked_details(noun, []):
        return None  # "Name, Telefon und Mail für Marten": a contact asked for, no thing
    if kb.target_group(noun) is not None or kb.target_group(term) is not None:
        return None
    if kb.find_districts(noun).items or kb.other_place(noun) or kb.find_people(noun).items:
        return None
    return term


def _beside_places(kb: KnowledgeBase, text: str, places: list[District]) -> float | None:
    """How well the nouns beside the places named fit any project; None: no such nouns.

    "Wo leihe ich in Hörde ein Fahrrad?": the best fused score for "Fahrrad".
    """
    if not places:
        return None
    names = {word for d in places for word in key(d.name).split()}
    things = [w for w in parsing.nouns_inside(text) if not _a_place(kb, w, names)]
    if not things:
        return None
    ranked = kb.rank_projects(" ".join(things)).ranked
    return ranked[0].score if ranked else 0.0


def _a_place(kb: KnowledgeBase, word: str, names: set[str]) -> bool:
    """A word of a place named ("Ost" of "Scharnhorst-Ost"), or a place by itself."""
    return key(word) in names or bool(kb.find_districts(word) or kb.other_place(word))


def _close(kb: KnowledgeBase, text: str, found: tuple[Hit[Project], ...]) -> Close:
    if not text.strip():
        return Close()
    return Close(
        places=tuple(kb.find_districts(text).items),
        people=tuple(kb.find_people(text).items),
        topics=tuple(kb.find_topic(text).items),
        projects=tuple(hit.item for hit in found[:CLOSE_PROJECTS]),
    )


def _asks_more_than_a_group(kb: KnowledgeBase, content: tuple[str, ...]) -> bool:
    """A need the page does not know beside the group ("Lesepaten für Grundschulkinder").

    Everyday words ("Angebote", "Hausaufgaben"), short fillers and place names
    ("Kinder in Hörde") are no such need.
    """
    return any(
        len(w) >= MIN_NAME_LENGTH
        and kb.target_group(w) is None
        and not is_german_word(w)
        and not kb.find_districts(w)
        for w in content
    )


def _needs(kb: KnowledgeBase, text: str, places: list[District]) -> Needs | None:
    """What a question in another language asks for, in German (:mod:`knowledge.crosslingual`).

    Names are no needs: places and projects, also with an ending ("Hörde'de").
    """
    if not text:
        return None
    return read_needs(text, detect(text).language, _name_test(kb, places))


def _asked_by_name(kb: KnowledgeBase, text: str, places: list[District], fitting: set[int]) -> bool:
    """The question names a project: "Streit mit den Nachbarn, helfen da die Straßenkümmerer?"."""
    asked = _question_sentence(text)
    return asked is not None and bool(_named_in(kb, asked, places, fitting))


def _asked_in_known_words(kb: KnowledgeBase, text: str, places: list[District]) -> bool:
    """A story, then a question in another language whose every need its lexicon knows.

    "Komşularla sürekli kavga var, farklı kültürlerdeniz. Arabulucu var mı?": what is
    asked ("Arabulucu") is a need of the lexicon; the story before it only tells why.
    "Is there a free bicycle workshop for young people?" asks for what no lexicon names.
    """
    asked = _question_sentence(text)
    if asked is None or asked.strip() == text.strip():
        return False
    needs = _needs(kb, asked, places)
    return needs is not None and not needs.rest and bool(needs.topics or needs.groups)


def _name_test(kb: KnowledgeBase, places: list[District]) -> Callable[[str], bool]:
    """Whether a folded word is a name: a place or project, also with an ending ("hordede")."""
    named = tuple(fold_name(word) for d in places for word in words(d.name) if len(word) > 3)

    def is_name(word: str) -> bool:
        return word.startswith(named) or bool(
            kb.find_districts(word) or kb.other_place(word) or kb.find_project(word).items
        )

    return is_name


def _asks_only_places(kb: KnowledgeBase, text: str, places: list[District], intent: str) -> bool:
    """A project search in another language that names only places: "Jakie projekty są w Hörde?"."""
    if not places or intent != PLACE_PROJECTS:
        return False
    return names_no_need(text, detect(text).language, _name_test(kb, places))


def _only_places_left(kb: KnowledgeBase, rest: str) -> bool:
    """Besides places, only small words of some language ("What is in Eving", "w Eving")."""
    small = frozenset().union(*settings().markers.values())
    return all(
        len(word) <= MAX_SMALL_WORD or word.lower() in small or bool(kb.find_districts(word).items)
        for word in words(rest)
    )


def _query(text: str, needs: Needs | None) -> str:
    """What the ranking reads: a theme another language names, in German ("Arbeit Jugendliche")."""
    return needs.query if needs and needs.topics else text


def _names_an_unknown_project(kb: KnowledgeBase, content: tuple[str, ...]) -> bool:
    """A name that is no German word and that the page does not have ("Quantencomputer-Club").

    Read in German messages only: in another language every word is no German word.
    """
    return any(
        len(word) >= MIN_NAME_LENGTH
        and not is_german_word(word)
        and not kb.search_projects_by_words(word)
        for word in content
    )


def _entities(found: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Entity values by entity name, in order, without repeats or stop-word-only values.

    The NLU sometimes tags the article of a title on its own ("den" in "über den Walkingbus").
    """
    values: dict[str, list[str]] = {}
    for entity in found:
        value = entity.get("value")
        if value in (None, ""):
            continue
        value = str(value)
        if not (terms(value) or value.isdigit() or _REF.match(value)):
            continue
        bucket = values.setdefault(str(entity.get("entity")), [])
        if value not in bucket:
            bucket.append(value)
    return values


def _places(kb: KnowledgeBase, text: str, named: list[str]) -> tuple[list[District], str | None]:
    """Aktionsräume named by entity or in the text, in page order; and an unknown place.

    An entity that is part of a name the text gives whole ("Scharnhorst" of "Scharnhorst-Ost")
    is the place the text names.
    """
    found: dict[str, District] = {}
    unknown = None
    in_text = kb.find_districts(text).items if named and text else []
    for value in named:
        districts = kb.find_districts(value).items
        narrower = [d for d in in_text if d in districts]  # "Scharnhorst" of "Scharnhorst-Ost"
        districts = narrower or districts
        if not districts and unknown is None:
            unknown = value
        found.update((d.name, d) for d in districts)
    if not named and text:
        found.update((d.name, d) for d in kb.find_districts(text).items if not _adjective(text, d))
    order = [d for d in kb.districts() if d.name in found]
    return order, unknown


def _names_someone(text: str, named: list[str]) -> bool:
    """A person's name the NLU tagged, or "Herr/Frau" with a name ("Frau Mustermann")."""
    return bool(named) or bool(_titled_name().search(text))


@lru_cache(maxsize=1)
def _titled_name() -> re.Pattern[str]:
    """A form of address and a capitalised name: "Frau Mustermann"."""
    address = "|".join(sorted(lexicon.words("address")))
    return re.compile(rf"\b(?i:{address})\s+[A-ZÄÖÜ][a-zäöüß]+")


def _report_words(kb: KnowledgeBase) -> tuple[str, ...]:
    """The social reports' titles as the page gives them, and the lexicon's words for them."""
    titles = (compact(report.title) for report in kb.reports())
    return (*titles, *sorted(lexicon.words("report")))


def _near(kb: KnowledgeBase, text: str) -> tuple[District, ...]:
    """Aktionsräume close to an unknown word of a short message ("kontakt evnig").

    Known German words ("haben" ~ "Hafen") are no misspelt place names.
    """
    if not text or len(text.split()) > MAX_WORDS_FOR_NEAR:
        return ()
    unknown = [w for w in words(text) if not is_german_word(w)]
    return tuple(kb.suggest_districts(" ".join(unknown))) if unknown else ()


def _adjective(text: str, district: District) -> bool:
    """Whether the place name is an adjective here ("eine nette Nachbarin")."""
    words = key(text).split()
    name = key(district.name)
    return any(
        word == name
        and i > 0
        and words[i - 1] in lexicon.words("adjective_cues")
        and name not in text
        for i, word in enumerate(words)
    )


def _people(kb: KnowledgeBase, text: str, named: list[str]) -> list[Person]:
    if named:
        return [p for value in named for p in kb.find_people(value).items[:2]]
    return kb.find_people(text).items[:2] if text else []


def _projects(
    kb: KnowledgeBase,
    text: str,
    named: list[str],
    places: list[District],
    fitting: set[int],
    errand: bool = False,
    everyday: bool = False,
) -> list[Project]:
    """Projects the message names: a button's "#12", a title or nickname, a title word.

    ``fitting``: the numbers of the projects that fit the message in words and meaning;
    ``errand``: the message runs an errand or asks for terms (see :func:`_named_in`);
    ``everyday``: it uses the projects' words in an everyday sense ("mein Plan B ist eh
    Urlaub", :attr:`knowledge.ranking.Ranking.everyday`): only a button's reference or a
    message that is all name ("das blaue Haus") names one.
    """
    found: list[Project] = []
    buttons: list[Project] = []
    for value in named:
        ref = _REF.match(value.strip())
        if ref:
            buttons += kb.projects_numbered([int(ref.group(1))])
        else:
            found += kb.find_project(value).items[:3]
    if not found and text:
        found = _named_in(kb, text, places, fitting, errand)
    if everyday and found:  # "das blaue Haus" is all name, "ein blaues Haus streichen" is not
        whole = _named_in(kb, text, places, fitting, errand, whole_only=True) if text else []
        found = [p for p in found if p in whole]
    return list(dict.fromkeys(buttons + found))


def _removed(kb: KnowledgeBase, named: list[str]) -> RemovedProject | None:
    """The project a reference ("#23") names when a content update removed it."""
    refs = [_REF.match(value.strip()) for value in named]
    return next((r for m in refs if m and (r := kb.removed_project(int(m.group(1))))), None)


def _named_in(
    kb: KnowledgeBase,
    text: str,
    places: list[District],
    fitting: set[int],
    errand: bool = False,
    whole_only: bool = False,
) -> list[Project]:
    """Projects a question names: by the words of their title, or by one rare title word.

    "Infos zum blauen Haus", "was ist chill out" name a project by its title's words;
    "Was soll der Walkingbus bringen?" by one word. Words for a target group or a
    place ("Jugendliche", "Nette") ask for a search, and so does a theme word that
    several projects share ("Sprache"). In a longer question one title word names
    its project only when the project fits the whole question ("Wann fährt der
    Schulbus zum Gymnasium?" is no question about the Walkingbus), and so in an
    errand or a question of prices, opening hours (``errand``): "wo gibts windeln am
    günstigsten" is no question about the Windel-Cafe. ``whole_only``: only a project
    whose title has every word of the question.
    """
    place_words = {w for d in places for w in terms(d.name)}
    remaining = [
        word_forms
        for word_forms in forms(text, drop_noise=True)
        if word_forms[0] not in place_words
        and not parsing.is_follow_up(word_forms[-1])  # "worum geht es", "erklären Sie"
        and not kb.find_districts(word_forms[-1])
        and word_forms[0] not in _group_words()
        and kb.target_group(word_forms[-1]) is None
    ]
    if not remaining:
        return []
    if len(remaining) == 1 and not _may_name_alone(kb, remaining[0]) and not whole_only:
        return _by_rare_word(kb, remaining)  # "Menschen", "Haus": a theme or everyday word
    by_word = _by_rare_word(kb, remaining)
    # in an errand ("wo windeln billig kaufen"), as in a longer question
    longer = len(remaining) > SHORT_QUESTION or (errand and len(remaining) > 1)
    if longer and not {p.number for p in by_word} <= fitting:
        by_word = []  # one title word in a question about something else
    query = " ".join(word_forms[-1] for word_forms in remaining)
    long_words = [w for w in remaining if len(w[-1]) >= MIN_TITLE_WORD]
    whole = [
        hit.item
        for hit in kb.find_project(query).hits
        if hit.score >= MIN_NAME_SCORE and all(_in_title(w, hit.item) for w in long_words)
    ]
    if not whole and len(long_words) > 1:  # every word stands in one title, in any order
        whole = [p for p in kb.projects() if all(_in_title(w, p) for w in long_words)]
        whole = whole if len(whole) == 1 else []
    return whole if whole_only else whole or by_word


def _by_rare_word(kb: KnowledgeBase, remaining: list[tuple[str, ...]]) -> list[Project]:
    """The one project whose title has a word of the question that no other title has."""
    for word_forms in remaining:
        if len(word_forms[-1]) < MIN_WORD_FOR_NAME:
            continue
        named = [p for p in kb.projects() if _in_title(word_forms, p, MIN_WORD_FOR_NAME)]
        if len(named) == 1 and _names_a_project(kb, word_forms):
            return named
    return []


def _in_title(word_forms: tuple[str, ...], project: Project, shortest: int = 0) -> bool:
    """A word of the title, inflected or with a typo: "blauen" ~ "blaue", "kuemmerern".

    Title words shorter than ``shortest`` are left out: "planı" (Turkish: the
    plan) is one letter from "Plan" in "Plan B", but names the plan itself.
    """
    title_words = tuple(w for w in _title_words(project.title) if len(w) >= shortest)
    for form in word_forms:
        close = lexicon.cutoff("title_word")
        if process.extractOne(form, title_words, scorer=fuzz.ratio, score_cutoff=close):
            return True
        if any(
            len(title_word) >= MIN_WORD_FOR_NAME
            and form.startswith(title_word)
            and len(form) - len(title_word) <= MAX_ENDING
            for title_word in title_words
        ):
            return True
    return False


@lru_cache(maxsize=256)
def _title_words(title: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in words(title))


def _may_name_alone(kb: KnowledgeBase, word_forms: tuple[str, ...]) -> bool:
    """One word that may be a title's: a name, or a long compound ("Konfliktvermittlung")."""
    if word_forms[0] in _theme_words():
        return _names_a_project(kb, word_forms)
    return _names_a_project(kb, word_forms) or len(word_forms[-1]) >= LONG_COMPOUND


def _names_a_project(kb: KnowledgeBase, word_forms: tuple[str, ...]) -> bool:
    """A word that may name one project alone: a name, not a word of the language.

    "Walkingbus", "Kohldampf", "Sportpaten" are names; "Haus" ("zu Hause"), "sucht"
    ("mein Sohn sucht") or "Arbeit" name a project only with the rest of its title.
    A theme word names one when the search finds one project far ahead of the rest.
    """
    word = word_forms[-1]
    inflected_verb = len(word_forms) > 1 and word_forms[0].endswith("en")  # "sucht" -> suchen
    if inflected_verb or kb.find_districts(word) or kb.other_place(word):
        return False
    if word_forms[0] in _theme_words():
        hits = kb.search_projects_by_words(word)
        return len(hits) == 1 or (len(hits) > 1 and hits[1].score < SHARED_THEME * hits[0].score)
    return not is_german_word(word)


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """Folded lemmas of the target groups' words ("ältere Menschen" -> alt, mensch)."""
    return frozenset(t for entries in TARGET_GROUPS.values() for e in entries for t in terms(e))


@lru_cache(maxsize=1)
def _theme_words() -> frozenset[str]:
    """Folded lemmas of the synonym groups: theme words, not project names."""
    return frozenset(t for group in synonym_groups() for entry in group for t in terms(entry))


def _groups(kb: KnowledgeBase, text: str, named: list[str]) -> list[str]:
    """Target groups named; "Frau Mustermann" is a title, not the group "Frauen".

    Not those named only in a story's background: "Ich bin Rentnerin und fühle mich
    einsam, seit meine Kinder weggezogen sind" asks nothing for children.
    """
    need = need_part(text) if text else text
    if need != text:
        told = key(need).split()
        named = [value for value in named if set(key(value).split()) <= set(told)]
        text = need
    groups = [g for value in named if (g := kb.target_group(value))]
    if not groups and text:
        address = lexicon.words("address")
        groups = [g for word in terms(idioms(text)) if len(word) >= 4 and word not in address
                  and (g := kb.target_group(word))]  # fmt: skip
    return list(dict.fromkeys(groups))


def _topics(kb: KnowledgeBase, text: str, named: list[str]) -> list[Topic]:
    """A Schwerpunkt named by the NLU, or in a text that says "Schwerpunkt" or "Bereich".

    Told in other words ("der Bereich Zusammenleben und Nachbarschaft"), it is the
    Schwerpunkt closest in meaning, when that one stands clearly ahead. When none is read
    so and the Schwerpunkt itself is asked ("Welcher Schwerpunkt kümmert sich um Jobs?"),
    the one most of the projects that clearly fit belong to.
    """
    found = _named_topics(kb, text, named)
    if found or named or not parsing.asks_which_division(text):
        return found
    asked = _topic_of_the_fitting(kb, text)
    return [asked] if asked else []


def _named_topics(kb: KnowledgeBase, text: str, named: list[str]) -> list[Topic]:
    """:func:`_topics` by the name, the NLU or the meaning."""
    folded = key(text)
    values = named or ([text, folded.replace("schwerpunkt", ""), _after_schwerpunkt(folded)]
                       if "schwerpunkt" in folded else [])  # fmt: skip
    for value in values:
        found = kb.find_topic(value).items
        if len(found) == 1:
            return found
    if named or not text:
        return []
    if parsing.names_a_theme(text):  # "der Bereich mit der Arbeit", "projects about jobs"
        closest = kb.closest_passages(text, Kind.TOPIC, limit=2)
        nearest = [t for t in kb.topics() if closest and str(t.number) == closest[0][0]]
        clear = len(closest) >= 2 and closest[0][1] - closest[1][1] >= TOPIC_MARGIN
        division = set(folded.split()) & lexicon.words("plan_division")
        every = division <= lexicon.words("plan_divisions")  # "Schwerpunkte": all, perhaps
        if clear and division and not (every and _asks_all_topics(kb, text, closest[0][1])):
            return nearest  # "der Bereich Zusammenleben und Nachbarschaft"
        # The one Schwerpunkt whose own words are said ("fürs Thema Arbeitsplätze"), else
        # the nearest when it stands ahead, no one project comes much nearer and the
        # question is no question about all of them ("Welche Themen hat der Plan?").
        sharing = _topics_sharing_words(kb, set(terms(text, drop_noise=True)))
        if len(sharing) == 1:
            return sharing
        if not closest or _asks_all_topics(kb, text, closest[0][1]):
            return []
        if clear:
            return nearest
        ahead = len(closest) >= 2 and closest[0][1] - closest[1][1] >= TOPIC_AHEAD
        return nearest if ahead and _near_a_topic(kb, text, closest) else []
    own = _topic_by_own_words(kb, text)  # "Alle Projekte zum sozialen Zusammenhalt"
    if own is not None:
        return [own]
    by_meaning = kb.topic_by_meaning(text)  # "der Schwerpunkt mit den Kindern", any language
    if by_meaning is not None:
        return [by_meaning]
    listed = _topic_of_a_list(kb, text)  # "Welche Maßnahmen gibt es für ein gutes Miteinander?"
    return [listed] if listed else []


def _topic_of_the_fitting(kb: KnowledgeBase, text: str) -> Topic | None:
    """The Schwerpunkt most of the projects that fit the words asked belong to (3 of 5)."""
    hits = kb.rank_projects(text).hits
    if not hits or hits[0].score < SURE_YES:  # "Welcher Schwerpunkt passt zu mir?": none
        return None
    found = [hit.item.topic for hit in hits[:TOPIC_OF_FITTING]]
    name = max(set(found), key=found.count)
    if found.count(name) <= TOPIC_OF_FITTING // 2:
        return None
    return next((t for t in kb.topics() if t.name == name), None)


def _topic_of_a_list(kb: KnowledgeBase, text: str) -> Topic | None:
    """A whole list asked for in a Schwerpunkt's terms: that Schwerpunkt.

    "Welche Programme gibt es direkt vor Ort in den Quartieren, so Nachbarn,
    Senioren, Sicherheit?" asks for a list (``list_asks``) and says no
    "Schwerpunkt"; its meaning is nearest one Schwerpunkt, :data:`TOPIC_LIST_MARGIN`
    ahead of the next, and no one project comes much nearer
    (:data:`TOPIC_LIST_BEHIND`): a need that one project answers ("Welche
    Projekte helfen bei Schulden?") stands far nearer to that project.
    """
    if not parsing.asks_for_a_list(text):
        return None
    plain = lexicon.words("membership") | lexicon.words("areas") | lexicon.words("list_asks")
    if all(plain.intersection(word) for word in forms(text, drop_noise=True)):
        return None  # "Welche Aktionsräume gibt es?", "Welche Gebiete sind das?": the places
    closest = kb.closest_passages(text, Kind.TOPIC, limit=2)
    nearest = kb.closest_passages(text, Kind.PROJECT, limit=1)
    if len(closest) < 2 or not nearest or closest[0][1] - closest[1][1] < TOPIC_LIST_MARGIN:
        return None
    if closest[0][1] < nearest[0][1] - TOPIC_LIST_BEHIND or _asks_all_topics(
        kb, text, closest[0][1]
    ):
        return None
    return next((t for t in kb.topics() if str(t.number) == closest[0][0]), None)


def _topic_by_own_words(kb: KnowledgeBase, text: str) -> Topic | None:
    """The one Schwerpunkt whose name or work focus has every word a list asks about.

    "Alle Projekte zum sozialen Zusammenhalt" asks for a list and names nothing
    but words of one Schwerpunkt; words of a group ("Kinder") are a group's to
    answer, and a single word ("Arbeit") is a need, for the search.
    """
    if not (parsing.asks_for_a_list(text) or parsing.names_a_project_word(text)):
        return None
    said = set(terms(text, drop_noise=True))
    if len(said) < OWN_TOPIC_WORDS or any(kb.target_group(word) for word in said):
        return None
    found = [t for t in kb.topics() if said <= _own_words(t)]
    return found[0] if len(found) == 1 else None


def _topics_sharing_words(kb: KnowledgeBase, said: set[str]) -> list[Topic]:
    """The Schwerpunkte a word of whose name, or two of whose work focus, are said.

    "fürs Thema Arbeitsplätze", "zum Bereich Ernährung, Bildung, Sprache"; one word of a
    work focus ("zum Thema Bildung") is a theme several Schwerpunkte share. Words of a
    group, of the plan itself and of no thing of their own ("Aktionsräume", "Dortmund":
    lexicon ``membership``, ``vague_things``) name no one Schwerpunkt.
    """
    plain = lexicon.words("membership") | lexicon.words("vague_things")
    said = {word for word in said if word not in plain and kb.target_group(word) is None}
    return [
        t for t in kb.topics()
        if said & _name_words(t) or len(said & _focus_words(t)) >= OWN_TOPIC_WORDS
    ]  # fmt: skip


def _own_words(topic: Topic) -> frozenset[str]:
    """The words of a Schwerpunkt's name and work focus, as :func:`terms` reads them."""
    return _name_words(topic) | _focus_words(topic)


@lru_cache(maxsize=64)  # a few Schwerpunkte per page version: read once, not per message
def _name_words(topic: Topic) -> frozenset[str]:
    return frozenset(terms(topic.name, drop_noise=True))


@lru_cache(maxsize=64)
def _focus_words(topic: Topic) -> frozenset[str]:
    return frozenset(terms(topic.work_focus, drop_noise=True))


def _asks_all_topics(kb: KnowledgeBase, text: str, nearest_topic: float) -> bool:
    """The question comes nearer to the listed questions about every Schwerpunkt than to one."""
    listed = kb.closest_passages(text, Kind.PLAN_QUESTION, limit=len(plan_meaning.questions()))
    return plan_meaning.nearest_of(plan_meaning.ALL_TOPICS, dict(listed)) >= nearest_topic


def _near_a_topic(kb: KnowledgeBase, text: str, closest: list[tuple[str, float]]) -> bool:
    """No one project comes much nearer than the nearest Schwerpunkt.

    "alles zum Thema Arbeit und Ausbildung" comes nearest to the Schwerpunkt about work;
    "alles zum Thema Deutschkurse für Mütter" comes far nearer to one project than to
    any Schwerpunkt: a need, for the search.
    """
    nearest_project = kb.closest_passages(text, Kind.PROJECT, limit=1)
    return not nearest_project or closest[0][1] >= nearest_project[0][1] - TOPIC_BEHIND_PROJECT


def _after_schwerpunkt(folded: str) -> str:
    """The name after the word: "welche Projekte gehören zum Schwerpunkt Arbeit" -> "arbeit"."""
    words = folded.split()
    cut = next(i for i, word in enumerate(words) if "schwerpunkt" in word)
    return " ".join(words[cut + 1 :])


def _says_a_title(kb: KnowledgeBase, text: str) -> bool:
    """A project named (the name search) or its title's first two words: "was is plan b?"."""
    said = f" {key(text)} "
    return bool(kb.find_project(text).items) or any(
        f" {' '.join(key(p.title).split()[:2])} " in said for p in kb.projects()
    )


def _plan_question(kb: KnowledgeBase, text: str) -> dict[str, Any]:
    """What a question asks about the plan; a long story is no question about the plan.

    A statement (or two as near in meaning), something the page does not say,
    or the plan as a whole.

    The German words of :mod:`knowledge.plan_questions` come first; otherwise
    the meaning, in any language (:mod:`knowledge.plan_meaning`).
    """
    if not text or len(text.split()) > MAX_WORDS_FOR_PLAN_QUESTION:
        return {}
    hits = kb.find_plan_fact(text).hits
    if hits:  # "Wie will die Stadt die Armut bekämpfen?": its goals and its strategy
        tied = [hit.item for hit in hits[1:2] if hit.score == hits[0].score]
        return {"plan_fact": hits[0].item, "plan_also": tied[0] if tied else None}
    # "Do you have a car repair garage?" asks for an offer, however near the plan's
    # statements its meaning comes ("participation"): no question about the plan.
    asked = () if parsing.asks_offer(text) else kb.plan_question_by_meaning(text)
    if not asked and kb.asks_what_the_plan_is(text) and not _says_a_title(kb, text):
        asked = (plan_meaning.OVERVIEW,)  # by its words: the meaning stayed near "sozial"
    facts = {fact.key: fact for fact in kb.plan_facts()}
    found_facts = [facts[key] for key in asked if key in facts]
    return {
        "plan_by_meaning": bool(asked),
        "plan_fact": found_facts[0] if found_facts else None,
        "plan_also": found_facts[1] if len(found_facts) > 1 else None,
        "plan_not_said": asked[:1] == (plan_meaning.NOT_SAID,),
        "plan_overview": asked[:1] == (plan_meaning.OVERVIEW,),
    }

"""Follow-ups on the focus: a detail, a contact, the project shown, a correction, yes/no."""

from __future__ import annotations

from actions.decision.contacts import (
    contact_of_project,
    focus_contact,
    membership,
    person_meant,
    places_in_focus,
    places_or_unknown,
    project_contact,
    project_in_focus,
)
from actions.decision.kinds import Decision, Kind, via
from actions.decision.limits import BARE_PLACE_WORDS, POINTED_FOLLOW_UP, SHORT_FOLLOW_UP
from actions.decision.lists import numbered, place_projects, search
from actions.decision.narrowing import at_places
from actions.decision.nothing_fits import nothing
from actions.decision.signals import clear_leader, is_follow_up, names_anything, only_a_place
from actions.focus import PAGE_SIZE, Focus, ListKind, Question, Subject
from actions.turn import Turn
from knowledge import KnowledgeBase, lexicon
from knowledge.records import District, Project
from knowledge.text import key

MIN_OWN_WORD = 4  # letters of a word that names the project shown ("Kurs", not "der")

# Intents whose question stands on its own, even in words that could follow up a project.
_OWN_QUESTIONS = frozenset({"links", "help", "social_report"})


# Intents that ask for a contact: after a contact, what they ask is that contact's.
_CONTACT_INTENTS = frozenset({"district_contact", "project_office_contact"})

# Intents about places and contacts that answer a contact of the place in focus themselves.
_PLACE_INTENTS = frozenset({"district_contact", "district_list"})


def details_only(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """Nothing but a detail ("und die Mail?", "i numer telefonu?"): the last answer's contact.

    Under the contact intent :func:`contact` reads it the same way.
    """
    if not turn.only_details or turn.intent == "district_contact" or not focus.subject:
        return None
    if names_anything(turn) or turn.names_someone:
        return None
    in_focus = focus_contact(turn, focus, kb)
    return via("details", in_focus) if in_focus else None


def place_follow_up(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A contact asked of the place or project just talked about, any intent.

    In another language the NLU often reads "kto tam jest odpowiedzialny?" as a
    question for the report or the Projektbüro; unless the message names them, or
    anything else of its own, it asks the contact of the place (or the one project)
    in focus. The contact intent answers it itself (:func:`contact`, also for
    "ist sie dort zuständig?").
    """
    if turn.intent in _PLACE_INTENTS or not turn.asks_contact or turn.pronoun or turn.asks_areas:
        return None
    if names_anything(turn) or turn.names_someone or turn.pick is not None:
        return None
    project = project_in_focus(focus, kb) if focus.subject == Subject.PROJECT else None
    if project is not None:  # "kto jest za to odpowiedzialny?" after one project
        return via("place_follow_up.project", project_contact(project, turn.details, kb))
    places = places_in_focus(focus, kb)
    if not places or not (turn.points_there or focus.subject == Subject.PLACES):
        return None
    return Decision(Kind.PLACE_CONTACT, places, details=turn.details, rule="place_follow_up")


def where_asked(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """Where the project just shown takes place: "wo ist das?", "un wo", "أين هذا المكان؟".

    Where the page places it, its detail says so (with the people on site); else the
    page does not say where, and that is said plainly, with the Projektbüro, instead
    of the detail again. After a list, as for any follow-up, the first project shown.
    Read as a question for the page's links ("where is it?"), it is still where the
    project just shown takes place; so is a short question that points to it with a
    demonstrative ("in welchem Stadtteil ist diese Schule?", lexicon ``this_one``), and
    the address of a project named ("Wo ist das Gründerinnenzentrum, welche Adresse?").
    """
    if not turn.asks_where or turn.intent in _OWN_QUESTIONS - {"links"}:
        return None
    project = _located(turn) or _where_of_the_one(turn, focus, kb)
    if project is None:
        return None
    if kb.districts_of(project):
        return Decision(Kind.PROJECT_DETAIL, projects=(project,), rule="follow_up.where")
    return Decision(Kind.FALLBACK, projects=(project,), german=turn.german,
                    rule="follow_up.where.not_said")  # fmt: skip


def _located(turn: Turn) -> Project | None:
    """The one project named whose address is asked: "Wo ist das Gründerinnenzentrum?"."""
    if not turn.asks_location or len(turn.projects) != 1 or turn.details or turn.more:
        return None
    named = turn.places or turn.people or turn.groups or turn.topics or turn.names_someone
    return None if named else turn.projects[0]


def _where_of_the_one(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Project | None:
    """The project shown, asked where it is with follow-up words or "diese Schule"."""
    pointed = turn.points_this and focus.project is not None  # "wo ist diese Schule?"
    if not (is_follow_up(turn) or pointed and turn.words <= POINTED_FOLLOW_UP):
        return None
    if turn.intent == "links" and focus.project is None:  # "where is it?" of the project shown
        return None  # (only follow-up words: no word for the page's links)
    if names_anything(turn) or turn.names_someone or turn.details or turn.more:
        return None
    return _project_meant(focus, kb)


def _project_meant(focus: Focus, kb: KnowledgeBase) -> Project | None:
    """The project a follow-up is about: the one in focus, else the first of the list shown."""
    if focus.subject != Subject.PROJECT and not contact_of_project(focus):
        return None
    current = project_in_focus(focus, kb)
    if current is not None or focus.subject != Subject.PROJECT:
        return current
    shown = kb.projects_numbered(focus.shown)
    return shown[0] if shown else None


def not_said_of_project(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """What the page does not say of what was just talked about: "seit wann gibt es das?".

    The plan's own "not said" (:attr:`Turn.plan_not_said`: since when, how long,
    how much money) and the terms of a service (prices, registering, opening
    hours: "ist das kostenlos?", "muss man sich da anmelden?", "Träger und
    Öffnungszeiten vom Windel-Café?") asked in a conversation about the plan, its
    places or a project get a plain answer with the Projektbüro, not the city's
    portal nor a question which project is meant. So does a question that points
    to the project or list just shown and asks what no detail of the page answers
    (:func:`_beyond_the_page`: "Kann unsere Schule da auch mitmachen?"), or asks a detail
    no page gives (:func:`_asks_specifics`: "ab welchem Alter geht das?"). After a list, the
    terms asked with where ("wo ist das und wann hat das offen?"), naming no thing of their
    own (a thing the plan lacks is an errand's: the portal), are of the list's.
    """
    words = turn.terms_question_words or turn.words  # "Kostet das was? Meine Rente ist ...":
    shown = focus.subject or focus.projects  # a choice of projects shown counts too
    if not shown or words > POINTED_FOLLOW_UP or turn.names_someone or turn.errand:
        return None  # the question asked, not the story after it
    terms = turn.asks_terms or turn.terms_elsewhere
    someone = turn.asks_someone and not terms  # "Wer ist der Träger?", "who runs it?": not said
    if turn.details or turn.asks_contact or someone or turn.pronoun:
        return None  # "wann ist sie erreichbar?" asks the contact
    if focus.subject != Subject.PROJECT and turn.intent in _CONTACT_INTENTS:
        return None  # after a contact, "Wann hat das Büro offen?" is the contact's to answer
    specifics = _asks_specifics(turn, focus, kb)
    unsaid = turn.plan_not_said or terms or turn.asks_price or specifics
    listed = focus.subject == Subject.PROJECT and focus.project is None
    where_of_it = turn.asks_where and not turn.things  # "wo ist das?", not "wo gibt es X?"
    of_the_list = (
        turn.points_there or turn.points_this or turn.projects or where_of_it or turn.only_terms
    )
    if unsaid and listed and not of_the_list:  # "ile to kosztuje?" asks of the list shown
        return None  # after a list, a price that points to none of it is an errand's
    # "der Kurs": the one shown; "da": there; "um wie viel Uhr geht der morgens los?": of it
    pointed = where_of_it or turn.points_there or specifics or _words_of_the_one(turn, focus, kb)
    short = words <= (POINTED_FOLLOW_UP if pointed else SHORT_FOLLOW_UP)
    of_it = _of_the_one(turn, focus, kb, turn.points_there or specifics)
    if unsaid and short and _names_at_most_the_one(turn, focus) and of_it:
        return Decision(Kind.FALLBACK, german=turn.german, rule="follow_up.not_said")
    if not unsaid and _beyond_the_page(turn, focus):
        return Decision(Kind.FALLBACK, german=turn.german, rule="follow_up.not_said.pointed")
    return None


def about_the_one(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A short question back to the one project just shown, in words of its own.

    "für welches Alter ist das?", "die mit dem Sport – was ist da das Ziel?", "wie alt
    dürfen die Kinder da sein?" after one project ask about that project, however well
    another one's words fit ("Alter", "Kinder"). What its page does not say (when, from
    what age, prices) is the Projektbüro's to answer.
    """
    current = project_in_focus(focus, kb) if focus.subject == Subject.PROJECT else None
    if current is None or turn.words > POINTED_FOLLOW_UP or turn.intent in _OWN_QUESTIONS:
        return None
    if is_follow_up(turn) or not _back_to_the_one(turn, focus, kb, current):  # follow-up words
        return None  # alone: project_follow_up
    if _asks_specifics(turn, focus, kb) or turn.asks_terms or turn.asks_price:
        return Decision(Kind.FALLBACK, german=turn.german, rule="follow_up.the_one.not_said")
    return Decision(Kind.PROJECT_DETAIL, projects=(current,), rule="follow_up.the_one")


def _back_to_the_one(turn: Turn, focus: Focus, kb: KnowledgeBase, current: Project) -> bool:
    """A question that names nothing new: no referent, no other request, no thing of its own.

    A target group counts only if the question points back to the project ("die Kinder
    da") and the project serves it or its terms are asked ("wie melde ich da Schüler an?"):
    "und für Kinder?" asks for the children's projects.
    """
    named = (turn.projects, turn.places, turn.people, turn.topics, turn.names_someone,
             turn.other_place, turn.unknown_place, turn.plan_fact, turn.removed)  # fmt: skip
    asked = (turn.details, turn.asks_contact, turn.more, turn.pick is not None, turn.asks_list,
             turn.says_project, turn.asks_existence, turn.yes_no, turn.asks_pages, turn.show,
             turn.earlier_list, turn.step, turn.need_words)  # fmt: skip
    if any(named) or any(asked):
        return False
    pointed = turn.points_there or turn.points_this
    terms = turn.asks_terms or turn.asks_price  # "wie melde ich da Schüler an?": its terms
    if turn.groups and not (pointed and (terms or current in turn.group_projects)):
        return False
    if any(not _own_word_in((thing,), focus, kb) for thing in turn.things):
        return False
    asks = turn.asks_about_one or turn.described or bool(turn.which_nouns)
    return asks or terms or _asks_specifics(turn, focus, kb)


def _of_the_one(turn: Turn, focus: Focus, kb: KnowledgeBase, pointed: bool) -> bool:
    """No thing of its own the plan lacks: "Elterngeld wo beantragen?" is the portal's errand.

    ``pointed``: the question points to what was shown ("da", "um wieviel Uhr"). The
    terms' own words ("Träger", "barrierefrei") are no thing of its own.
    """
    if turn.intent != "out_of_scope" or pointed:  # only where the NLU read another errand
        return True
    terms = lexicon.words("service_terms") | lexicon.words("price_words")
    words = (*turn.things, *turn.content)
    foreign = [w for w in words if key(w) not in terms and not _own_word_in((w,), focus, kb)]
    if not foreign or turn.only_terms:  # "e gratuit?": nothing but the terms, any language
        return True
    return not (turn.things_missing or turn.unknown_name)


def _asks_specifics(turn: Turn, focus: Focus, kb: KnowledgeBase) -> bool:
    """A detail of the offer shown that no page gives (not a fact of the plan's own).

    "an welchen Tagen ist das?" (lexicon ``specifics``), or which ones of the thing the
    project shown is about: "welche Schulhöfe sind das?" after the school yards.
    """
    if turn.plan_fact:
        return False
    if _own_word_in(turn.which_nouns, focus, kb):
        return True
    # "wann ist eigentlich Sperrmüll?" names a thing of its own: not the offer shown
    own = lexicon.words("specific_things")
    foreign = [t for t in turn.things if t not in own and not _own_word_in((t,), focus, kb)]
    return turn.asks_specifics and not foreign


def _words_of_the_one(turn: Turn, focus: Focus, kb: KnowledgeBase) -> bool:
    """A word of the message is part of the title or goal of the project just shown.

    "wie viel kostet der Kurs und wann ist der?" after the language courses in Nette
    asks the terms of that course, however many words it takes.
    """
    return _own_word_in(turn.content, focus, kb)


def _own_word_in(words: tuple[str, ...], focus: Focus, kb: KnowledgeBase) -> bool:
    """One of the words is part of the title or goal of the project (or page of a list) shown.

    "wo is diese Schuldnerberatung?" after a list asks of the project whose goal offers it.
    """
    numbers = [focus.project] if focus.project is not None else list(focus.shown)
    shown = kb.projects_numbered(numbers) if numbers else ()
    own = " ".join(f"{key(p.title)} {key(p.goal)}" for p in shown)
    return bool(own) and any(len(word) >= MIN_OWN_WORD and key(word) in own for word in words)


def _names_at_most_the_one(turn: Turn, focus: Focus) -> bool:
    """Nothing named but, perhaps, a project just shown ("Öffnungszeiten vom Windel-Café?")."""
    named = turn.places or turn.people or turn.groups or turn.topics or turn.other_place
    if named or turn.unknown_place or len(turn.projects) > 1:
        return False
    shown = (*focus.projects, focus.project)
    return all(project.number in shown for project in turn.projects)


def _beyond_the_page(turn: Turn, focus: Focus) -> bool:
    """A question that points to the project or list just shown ("da") and names nothing.

    "Kann unsere Schule da auch mitmachen?", "Bekomme ich da Startkapital?", "wie kann
    ich mich da bewerben": no follow-up the detail answers (goal, audience: see
    :func:`project_follow_up`), no contact, list, page or search asked.
    """
    if focus.subject != Subject.PROJECT and not contact_of_project(focus):
        return False
    if not turn.points_there or is_follow_up(turn) or names_anything(turn):
        return False
    asked = (turn.asks_contact, turn.asks_someone, turn.details, turn.more, turn.asks_list,
             turn.says_project, turn.asks_existence, turn.asks_pages, turn.asks_where,
             turn.plan_fact, turn.need_words, turn.pick is not None,
             turn.asks_about_one)  # fmt: skip
    return not any(asked) and (turn.question_mark or turn.yes_no or not turn.tells)


def project_follow_up(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A follow-up ("Welcher Schwerpunkt ist das?") on the project just shown, any intent.

    A question for contact details ("und die Nummer?") is the contact's, not the project's.
    After its contact ("kim sorumlu?") the project is still the one meant; after a list,
    "this project" is the first shown (its title is in the answer, the list stays for picks).
    """
    if turn.intent in _OWN_QUESTIONS or turn.details or turn.more or not is_follow_up(turn):
        return None
    if focus.subject != Subject.PROJECT and not contact_of_project(focus):
        return None
    current = project_in_focus(focus, kb)
    if current is None and focus.project is not None:
        return numbered(focus.project, kb, "follow_up.project")
    if current is None:  # "hedefi ne?" after a list: the first of the projects shown
        shown = kb.projects_numbered(focus.shown) if not turn.payload else ()
        if not shown:  # a button ("mehr") says what it asks by its intent
            return None
        return Decision(Kind.PROJECT_DETAIL, projects=shown[:1], rule="follow_up.first")
    return Decision(Kind.PROJECT_DETAIL, projects=(current,), rule="follow_up.project")


def report_follow_up(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A follow-up on the social report just shown ("was steht da überhaupt drin?"): the report."""
    if focus.subject != Subject.REPORT or turn.intent in _OWN_QUESTIONS - {"social_report"}:
        return None
    if not is_follow_up(turn) or turn.details or turn.more or turn.pick is not None:
        return None
    return Decision(Kind.REPORT, rule="follow_up.report")


def correction(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A correction ("ach nein, ich meinte Nette"): the last question, for the right referent."""
    if not turn.correction or not (focus.subject or focus.question):
        return None
    if turn.details and not names_anything(turn):  # "nein, ich meinte die Telefonnummer"
        in_focus = focus_contact(turn, focus, kb)
        return via("correction.detail", in_focus) if in_focus else None
    if focus.question == Question.MEMBERSHIP and not (turn.projects or turn.groups):
        member = membership(turn, focus, kb)  # "Ist Hörde dabei?" - "nicht Hörde, Brackel"
        if member is not None:
            return via("correction", member)
    return via("correction", bare(turn, focus, kb, details=turn.details or focus.details))


def yes_no(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A yes/no question: "Gehört Brackel auch dazu?", "Ist sie auch für Nette zuständig?".

    After one, a bare place ("und Hörde?") asks the same question again.
    """
    if turn.yes_no and len(turn.places) > 1 and turn.asks_same:
        return _same_person(turn.places, "yes_no.same_person")
    if focus.question == Question.MEMBERSHIP and _which_ones(turn):  # "welche gibt es denn?"
        return Decision(Kind.DISTRICT_LIST, rule="yes_no.which_places")
    searched = turn.says_project or turn.asks_list or turn.asks_existence  # not "beide Kinder?"
    if (
        turn.asks_same and turn.places and focus.subject == Subject.PLACES and not searched
    ):  # "und für Hafen –
        both = tuple(dict.fromkeys((*places_in_focus(focus, kb), *turn.places)))  # dieselbe
        if len(both) > 1:  # Person?" after Nordmarkt's contact
            return _same_person(both, "yes_no.same_person.focus")
    again = focus.question == Question.MEMBERSHIP and (
        only_a_place(turn, kb) or turn.bare_place or _and_another_place(turn)
    )
    # "Huckarde auch?"; "а Hafen?" with nothing before it to be like
    fresh = turn.and_ and focus == Focus()
    also = (turn.also or fresh) and turn.bare_place and focus.subject != Subject.PROJECT
    serves = _asks_if_person_serves(turn, focus, kb)  # "Is he also responsible for Wickede?"
    # A group named beside an explicit membership question tells who lives there ("Annem
    # Nette'de oturuyor, orası da dahil mi?"); beside a bare place it asks for projects.
    if (
        not (turn.membership or again or also or serves)
        or turn.projects
        or (turn.groups and not turn.membership)
    ):
        return None
    return membership(turn, focus, kb)


def _asks_if_person_serves(turn: Turn, focus: Focus, kb: KnowledgeBase) -> bool:
    """Whether the person just given serves a place: "ist der auch für Wickede zuständig?".

    Not of someone close ("meine Tochter wohnt in Eving, ist die da auch dabei?").
    """
    if not (turn.person_asked and turn.places) or turn.someone_close:
        return False
    return focus.subject in (Subject.PLACES, Subject.PERSON) and bool(person_meant(turn, focus, kb))


def _which_ones(turn: Turn) -> bool:
    """Which ones, nothing named: after "Gehört Aplerbeck dazu?" the places that do."""
    short = turn.words <= SHORT_FOLLOW_UP and turn.asks_list and not turn.content
    asked = turn.things or turn.more or turn.says_project or turn.points_there  # "da": there
    return short and not (names_anything(turn) or asked)


def _and_another_place(turn: Turn) -> bool:
    """Another place after a membership question, nothing else asked ("und Kirchlinde nebenan?")."""
    named = turn.places or turn.other_place or turn.unknown_place
    asked = (turn.asks_contact, turn.details, turn.asks_list, turn.groups, turn.projects,
             turn.topics, turn.asks_existence, turn.says_project, turn.hits)  # fmt: skip
    return bool(turn.and_ and named) and not any(asked) and len(turn.places) <= 1


def _same_person(places: tuple[District, ...], rule: str) -> Decision:
    """Yes if one person is on site at all these places, else no; their contacts beside."""
    answer = "yes" if len({d.contact.name for d in places}) == 1 else "no"
    return Decision(Kind.SAME_PERSON, places, answer=answer, rule=rule)


def bare(turn: Turn, focus: Focus, kb: KnowledgeBase, details: tuple[str, ...]) -> Decision:
    """The referent of a bare answer or a correction, answered as the focus asks.

    A place said after projects asks for the projects there, of the list in focus; a
    correction to a place, else the place's own ("ich meinte was in Nette"); with a
    contact asked ("..., sondern in Wickede. Wer hilft uns da?"), the place's contact. A
    place told alone after a project ("Ich wohne in Wickede") is its contact.
    """
    if turn.places and focus.query.kind == ListKind.PLACES and focus.subject == Subject.PROJECT:
        return via("bare.list_again", search(turn, kb))
    asks_someone = turn.asks_contact or turn.asks_someone  # "..., sondern Wickede. wer hilft?"
    narrowed = at_places(turn.places, focus, kb) if not (details or asks_someone) else None
    elsewhere = narrowed is not None and narrowed.kind is Kind.PROJECT_ELSEWHERE
    if elsewhere and turn.correction and kb.projects_in(list(turn.places)):  # none of the
        return place_projects(turn.places, kb, "bare.place_projects")  # list there: what is
    if narrowed is not None:  # "nein, ich meine in Nette" after a group's list: those there
        return via("bare.list_at_place", narrowed)
    corrects_place = turn.correction and focus.subject == Subject.PROJECT  # "ich meinte was
    negated = set(turn.negated_projects)
    one = turn.projects[0] if turn.correction and len(turn.projects) == 1 else None
    one = None if one in negated else one
    if one is not None and not (details or asks_someone):  # "ich meinte das in Nette mit den
        return Decision(Kind.PROJECT_DETAIL, projects=(one,), rule="bare.project")  # Sprachkursen"
    if turn.places and corrects_place and not (details or asks_someone):  # in Nette"
        return place_projects(turn.places, kb, "bare.place_projects")
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
    named = places_or_unknown(turn, details=details)
    if named is not None:
        return via("bare", named)
    part = _part_of_a_place(turn, focus, kb)
    if part is not None:  # "ost" after both Scharnhorsts
        return Decision(Kind.PLACE_CONTACT, (part,), details=details, rule="bare.place_part")
    leader = clear_leader(turn) if turn.means_one or turn.described else None
    if (
        leader is not None and leader not in negated
    ):  # "ich meine das, wo die Mütter selbst Deutsch lernen"
        return Decision(Kind.PROJECT_DETAIL, projects=(leader,), rule="bare.meant_one")
    if turn.groups or turn.content:
        found = search(turn, kb)
        if found.kind is not Kind.PROJECT_NONE:
            return via("bare.search", found)
    if turn.near:
        return Decision(Kind.SUGGEST_PLACES, turn.near, rule="bare.near")
    return nothing(turn, "bare.nothing")


def _part_of_a_place(turn: Turn, focus: Focus, kb: KnowledgeBase) -> District | None:
    """The one place in focus whose name has every word said: "ost" of "Scharnhorst Ost"."""
    said = {key(word) for word in turn.text.split()} - {""}
    if not said or turn.words > BARE_PLACE_WORDS or names_anything(turn):
        return None
    meant = [d for d in places_in_focus(focus, kb) if said <= set(key(d.name).split())]
    return meant[0] if len(meant) == 1 else None

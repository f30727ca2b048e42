"""Render a decision: one function per answer kind, each returning the new focus.

Sentences are domain responses; values come from the knowledge base and are
formatted by :mod:`actions.formatting`. Nothing here decides what to answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.decision import OWN_YES_NO, Decision, Kind
from actions.focus import PAGE_SIZE, Focus, ListKind, ListQuery, Question, Subject
from actions.formatting import (
    bullet_list,
    contact_line,
    district_buttons,
    grouped_by_contact,
    join_words,
    label,
    numbered_list,
    project_buttons,
    project_count,
    site_contacts,
    topic_buttons,
    with_goals,
)
from actions.parsing import DETAIL_EMAIL, DETAIL_PHONE, echoable_place
from actions.suggestions import suggestion_buttons
from knowledge import KnowledgeBase, emergency
from knowledge.records import Contact, District, PlanFactKey, Project, Role
from knowledge.text import compact

_PLACE_DETAIL = {
    (DETAIL_PHONE,): "utter_district_contact_phone",
    (DETAIL_EMAIL,): "utter_district_contact_email",
    (): "utter_district_contact",
}
_PERSON_DETAIL = {
    (DETAIL_PHONE,): "utter_person_contact_phone",
    (DETAIL_EMAIL,): "utter_person_contact_email",
    (): "utter_person_contact",
}

# Statements about the plan's projects and themes: shown with the Schwerpunkte and their counts.
_LISTS_TOPICS = frozenset({PlanFactKey.PROJECTS, PlanFactKey.ARBEITSSCHWERPUNKTE,
                           PlanFactKey.STRATEGY})  # fmt: skip

# Small talk's own responses (a complaint: thanks for it): no facts, no source, no "War diese
# Antwort hilfreich?".
SMALL_TALK = {Kind.GREET: "utter_greet", Kind.GOODBYE: "utter_goodbye", Kind.THANK: "utter_thank",
              Kind.AFFIRM: "utter_affirm", Kind.DENY: "utter_deny",
              Kind.BOT_CHALLENGE: "utter_bot_challenge",
              Kind.COMPLAINT: "utter_feedback_sorry",
              Kind.LANGUAGE_OK: "utter_language_ok", Kind.ASIDE: "utter_aside"}  # fmt: skip

CRISIS_RESPONSE = "utter_crisis"  # no "War diese Antwort hilfreich?" after it (actions/base.py)

Say = CollectingDispatcher
Renderer = Callable[[Say, KnowledgeBase, Decision, Focus], Focus]


def render(say: Say, kb: KnowledgeBase, decision: Decision, focus: Focus) -> Focus:
    """Send the answer for ``decision``; return the conversation's new focus."""
    if decision.answer and decision.kind not in OWN_YES_NO:
        say.utter_message(response="utter_yes" if decision.answer == "yes" else "utter_no")
    return _RENDERERS[decision.kind](say, kb, decision, focus)


# --- contacts --------------------------------------------------------------------------


def place_contact(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """One message per contact person of the places, the asked detail first."""
    utter_places(say, d.districts, d.details)
    return Focus(Subject.PLACES, places=_names(d.districts), details=d.details,
                 project=_project_kept(kb, focus, d.districts), projects=focus.projects,
                 start=focus.start, query=focus.query)  # fmt: skip


def _project_kept(kb: KnowledgeBase, focus: Focus, districts: Sequence[District]) -> int | None:
    """The project in focus, when the contact just given is its own (its places', the office's).

    "und was ist das Ziel?" after "wer ist dort zuständig?" still asks about the project.
    """
    if focus.project is None:
        return None
    found = kb.projects_numbered([focus.project])
    if not found:
        return None
    own = {d.name for d in kb.districts_of(found[0])}
    return focus.project if own == set(_names(districts)) else None


def utter_places(say: Say, districts: Sequence[District], details: tuple[str, ...]) -> None:
    """The contact people of some Aktionsräume, grouped by person and number."""
    for contact, names in grouped_by_contact(districts):
        say.utter_message(response=_PLACE_DETAIL.get(details, "utter_district_contact"),
                          districts=join_words(names), name=contact.name,
                          phone=contact.phone, email=contact.email)  # fmt: skip


def person_contact(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """A person's numbers and, when the whole contact is asked, where they serve."""
    person = d.person
    assert person is not None
    utter_contacts(say, person.contacts, d.details)
    if person.districts and not d.details:
        say.utter_message(response="utter_person_districts", name=person.name,
                          districts=join_words(person.districts))  # fmt: skip
    return _keep_list(focus, Focus(Subject.PERSON, person=person.name, details=d.details))


def person_unknown(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """A name the page does not have: say so, and whom the bot knows."""
    say.utter_message(response="utter_person_unknown")
    return focus


def same_person(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Yes/no: do the places share one contact person? Then their contacts."""
    response = "utter_same_person_yes" if d.answer == "yes" else "utter_same_person_no"
    say.utter_message(response=response, districts=join_words(_names(d.districts)))
    utter_places(say, d.districts, ())
    return _keep_list(focus, Focus(Subject.PLACES, places=_names(d.districts)))


def person_serves(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Yes/no: is the person the contact for the places?"""
    person = d.person
    assert person is not None
    response = "utter_person_serves_yes" if d.answer == "yes" else "utter_person_serves_no"
    say.utter_message(response=response, name=person.name,
                      districts=join_words(_names(d.districts)),
                      served=join_words(person.districts) or "–")  # fmt: skip
    if d.answer != "yes":
        utter_places(say, d.districts, ())
    return _keep_list(focus, Focus(Subject.PERSON, person=person.name))


def utter_contacts(say: Say, contacts: Sequence[Contact], details: tuple[str, ...]) -> None:
    """One message per distinct name, number and address, the asked detail first."""
    seen = set()
    for contact in contacts:
        if (contact.name, contact.phone, contact.email) in seen:
            continue
        seen.add((contact.name, contact.phone, contact.email))
        say.utter_message(response=_PERSON_DETAIL.get(details, "utter_person_contact"),
                          name=contact.name, units=contact.unit, phone=contact.phone,
                          email=contact.email)  # fmt: skip


def office_contact(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """The Projektbüro's people (all details, or the one asked)."""
    contacts = kb.contacts(Role.OFFICE)
    if d.details:
        utter_contacts(say, contacts, d.details)
    else:
        say.utter_message(response="utter_project_office_contact",
                          contacts=bullet_list(contact_line(c) for c in contacts))  # fmt: skip
    kept = _project_kept(kb, focus, ())
    return _keep_list(focus, Focus(Subject.OFFICE, details=d.details, project=kept))


def report(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """What the social reports are, whom to ask, and where to read them."""
    contacts = kb.contacts(Role.REPORT)
    if d.details:
        utter_contacts(say, contacts, d.details)
        return _keep_list(focus, Focus(Subject.REPORT, details=d.details))
    descriptions = dict.fromkeys(" ".join(r.description.split()) for r in kb.reports())
    say.utter_message(response="utter_social_report", summary=" ".join(descriptions),
                      contacts=bullet_list(contact_line(c) for c in contacts))  # fmt: skip
    link = link_about(kb, [f"{r.title} {r.description}" for r in kb.reports()])
    if link:
        say.utter_message(response="utter_social_report_link", links=link)
    return _keep_list(focus, Focus(Subject.REPORT))


# --- places ------------------------------------------------------------------------------


def ask_place(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Ask for the Aktionsraum: "Für welchen Aktionsraum?"."""
    say.utter_message(response="utter_district_ask", example=kb.districts()[0].name)
    return focus


def not_a_place(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Not an Aktionsraum: say so (with "Nein" for a yes/no question) and list the 13."""
    echo = echoable_place(d.place or "")
    base = "utter_district_not_member" if d.answer == "no" else "utter_district_unknown"
    say.utter_message(response=base if echo else f"{base}_generic", place=echo,
                      count=len(kb.districts()),
                      districts=join_words(x.name for x in kb.districts()))  # fmt: skip
    return focus.but(question=Question.MEMBERSHIP if d.answer else None)


def suggest_places(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """A near miss ("evnig"): "Meinten Sie …?" with buttons."""
    echo = echoable_place(d.place or "")
    response = "utter_district_suggest" if echo else "utter_district_suggest_generic"
    say.utter_message(response=response, place=echo, buttons=district_buttons(d.districts))
    return focus


def member(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Yes: the place is an Aktionsraum; with its contact."""
    response = "utter_district_member" if len(d.districts) == 1 else "utter_district_members"
    say.utter_message(response=response, districts=join_words(_names(d.districts)),
                      count=len(kb.districts()))  # fmt: skip
    utter_places(say, d.districts, d.details)
    return _keep_list(
        focus, Focus(Subject.PLACES, places=_names(d.districts), question=Question.MEMBERSHIP)
    )


def district_list(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """All Aktionsräume with buttons."""
    districts = kb.districts()
    say.utter_message(response="utter_district_list", count=len(districts),
                      districts=bullet_list(x.name for x in districts),
                      buttons=district_buttons(districts))  # fmt: skip
    # The last list shown is now the places': "der zweite" picks one of them, "mehr" pages no
    # list of projects shown before ("aus der ersten Liste" still finds that one).
    return Focus(Subject.PLACES, places=_names(districts), earlier=focus.projects)


# --- projects ----------------------------------------------------------------------------


def project_detail(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Title, Schwerpunkt and goal; the contact on site where the page names a place."""
    project = d.projects[0]
    say.utter_message(response="utter_project_detail", title=project.title,
                      topic_label=label("Schwerpunkt"), topic=project.topic,
                      goal_label=label(project.goal_label), goal=project.goal)  # fmt: skip
    districts = kb.districts_of(project)
    if districts:
        say.utter_message(response="utter_project_detail_districts",
                          districts=join_words(x.name for x in districts),
                          contacts=site_contacts(list(districts)))  # fmt: skip
    elif not d.terms:
        say.utter_message(response="utter_project_detail_office")
    _terms(say, kb, d)
    if d.close.projects:  # a described project: the next ones that fit nearly as well
        say.utter_message(response="utter_project_or_meant", projects=with_goals(d.close.projects),
                          buttons=project_buttons(d.close.projects))  # fmt: skip
    if d.listed:  # a pick from an earlier list: that list is the one shown now
        listed = ListQuery(ListKind.SEARCH)
        return Focus(Subject.PROJECT, project=project.number, projects=d.listed, query=listed,
                     earlier=_earlier(focus, d.listed))  # fmt: skip
    if d.query.kind:  # a search with one result replaces the last list
        return Focus(Subject.PROJECT, project=project.number, projects=(project.number,),
                     query=d.query, earlier=_earlier(focus, (project.number,)))  # fmt: skip
    return _keep_list(focus, Focus(Subject.PROJECT, project=project.number))


def _terms(say: Say, kb: KnowledgeBase, d: Decision) -> None:
    """Prices, times or signing up asked of the projects shown: the Projektbüro knows them."""
    if d.terms:
        office = kb.contacts(Role.OFFICE)
        say.utter_message(response="utter_project_terms",
                          contacts=bullet_list(contact_line(c) for c in office))  # fmt: skip


def project_removed(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """A project of an older list or button that is no longer in the plan: say so."""
    assert d.removed is not None
    say.utter_message(response="utter_project_removed", title=d.removed.title)
    return _keep_list(focus, Focus())


def project_choice(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Several projects fit a name: "Meinten Sie eines dieser Projekte?"."""
    return _choose(say, d.projects)


def _choose(say: Say, projects: Sequence[Project]) -> Focus:
    """Ask which of several projects is meant, each told by its goal; they are the list now."""
    say.utter_message(response="utter_project_choose", projects=with_goals(projects, numbered=True),
                      buttons=project_buttons(projects))  # fmt: skip
    return Focus(projects=tuple(p.number for p in projects))


def project_list(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """A page of results, numbered across pages, with buttons; "mehr" pages on."""
    projects, start = list(d.projects), d.start
    page = projects[start : start + PAGE_SIZE]
    say.utter_message(
        response="utter_project_search_results" if start == 0 else "utter_project_search_page",
        count=len(projects), first=start + 1, last=start + len(page),
        projects=numbered_list((p.title for p in page), start + 1), buttons=project_buttons(page),
    )  # fmt: skip
    remaining = len(projects) - start - len(page)
    if remaining > 0:
        say.utter_message(response="utter_project_search_more", remaining=remaining)
    _terms(say, kb, d)
    numbers = tuple(p.number for p in projects)
    return Focus(Subject.PROJECT, projects=numbers, start=start, query=d.query,
                 places=d.query.places, earlier=_earlier(focus, numbers))  # fmt: skip


def project_none(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Nothing fits: say so and name the Projektbüro as the human contact."""
    office = kb.contacts(Role.OFFICE)
    say.utter_message(response="utter_project_search_none",
                      contacts=bullet_list(contact_line(c) for c in office))  # fmt: skip
    return focus


def project_none_in_places(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """No project names the place: the contact on site knows what there is."""
    say.utter_message(response="utter_project_search_none_in_district",
                      districts=join_words(_names(d.districts)),
                      contacts=site_contacts(list(d.districts)))  # fmt: skip
    return Focus(Subject.PLACES, places=_names(d.districts))


def project_elsewhere(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """What fits stands only at other places: say so, the people on site, then those projects."""
    sites = (site.name for p in d.projects for site in kb.districts_of(p))
    say.utter_message(response="utter_project_search_elsewhere",
                      districts=join_words(_names(d.districts)), elsewhere=join_words(sites),
                      contacts=site_contacts(list(d.districts)))  # fmt: skip
    render = project_list if len(d.projects) > 1 else project_detail
    return render(say, kb, d, focus)


def project_unplaced(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """What fits names no place, and none stands at the places asked: say so, then those."""
    say.utter_message(response="utter_project_search_none_in_district",
                      districts=join_words(_names(d.districts)),
                      contacts=site_contacts(list(d.districts)))  # fmt: skip
    render = project_list if len(d.projects) > 1 else project_detail
    return render(say, kb, d, focus)


def project_other_age(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """What was found is for other ages: say so, then the projects for the age group asked."""
    say.utter_message(response="utter_project_other_age")
    render = project_list if len(d.projects) > 1 else project_detail
    return render(say, kb, d, focus)


def no_more(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Say that all were shown ("mehr" after the last page)."""
    say.utter_message(response="utter_project_search_no_more")
    return focus


def project_related(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """All that fit were shown: say so, then the next page, the same Schwerpunkt's others."""
    assert d.topic is not None
    say.utter_message(response="utter_project_search_related", topics=d.topic.name)
    return project_list(say, kb, d, focus)


def no_such_number(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """A pick beyond the last list."""
    say.utter_message(response="utter_project_no_such_number", count=len(focus.projects))
    return focus


def ask_project(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Ask which project: "Welches Projekt meinen Sie?"."""
    say.utter_message(response="utter_project_ask")
    return focus


def project_unknown(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """A name no project has: say so, offer the closest ones."""
    say.utter_message(response="utter_project_unknown")
    close = d.close.projects
    if close:
        return _choose(say, close)
    say.utter_message(response="utter_project_ask")
    return focus


# --- the plan ----------------------------------------------------------------------------


def topic(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """A Schwerpunkt: its aim, how many projects, and the first page of them."""
    chosen = d.topic
    assert chosen is not None
    projects = kb.projects(chosen)
    say.utter_message(response="utter_topic_projects", topic=chosen.name,
                      work_focus=chosen.work_focus, count=len(projects))  # fmt: skip
    listed = Decision(Kind.PROJECT_LIST, projects=projects,
                      query=ListQuery(ListKind.TOPIC, str(chosen.number)))  # fmt: skip
    return project_list(say, kb, listed, focus)


def overview(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """The plan in the page's own words, its Schwerpunkte with their project counts."""
    topics = kb.topics()
    *intro, summary = kb.plan_summary()
    say.utter_message(
        response="utter_topic_overview", intro="\n\n".join(intro), summary=summary,
        count=len(topics), project_count=len(kb.projects()),
        topics=bullet_list(f"{t.name} ({project_count(len(kb.projects(t)))})" for t in topics),
        buttons=topic_buttons(topics),
    )  # fmt: skip
    return _topics_listed(focus)


def _topics_listed(focus: Focus) -> Focus:
    """After a list of the Schwerpunkte: "das zweite" picks one; the last projects stay."""
    return Focus(Subject.PLAN, projects=focus.projects, start=focus.start,
                 query=ListQuery(ListKind.TOPICS))  # fmt: skip


def plan_fact(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """The page's own statement (or two as near), with the figures it refers to."""
    fact = d.fact
    assert fact is not None
    given = [fact, d.also] if d.also else [fact]
    say.utter_message(response="utter_plan_fact", statement="\n\n".join(f.text for f in given))
    topics = kb.topics()
    lists_topics = any(f.key in _LISTS_TOPICS for f in given)
    if lists_topics:
        say.utter_message(
            response="utter_plan_counts", project_count=len(kb.projects()), count=len(topics),
            topics=bullet_list(f"{t.name} ({project_count(len(kb.projects(t)))})" for t in topics),
            buttons=topic_buttons(topics),
        )  # fmt: skip
    if any(f.key == PlanFactKey.AKTIONSRAEUME for f in given):
        districts = kb.districts()
        say.utter_message(response="utter_plan_districts", count=len(districts),
                          districts=join_words(x.name for x in districts))  # fmt: skip
    if lists_topics:
        return _topics_listed(focus)
    return _keep_list(focus, Focus(Subject.PLAN))


def links(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """The links the page recommends."""
    say.utter_message(response="utter_links", links=bullet_list(kb.links()))
    return focus


def help_menu(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """What the bot can do, with an Aktionsraum of the page as example."""
    say.utter_message(response="utter_help", example=kb.districts()[0].name)
    return focus


def fallback(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Offer "Meinten Sie …?" with the best matches; else say so, with the Projektbüro.

    Said of one project (its place, when the page gives none), that project is the focus.
    """
    buttons = suggestion_buttons(d.close)
    if buttons:
        say.utter_message(response="utter_fallback_suggest", buttons=buttons)
        return focus
    say.utter_message(
        response="utter_fallback_none" if d.german else "utter_fallback_language",
        contacts=bullet_list(contact_line(c) for c in kb.contacts(Role.OFFICE)),
    )
    utter_source(say, kb)
    if len(d.projects) == 1:  # "wo ist das?" of the first of a list: "gibt es das auch in X?"
        return focus.but(subject=Subject.PROJECT, project=d.projects[0].number)
    return focus


def out_of_scope(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Nothing of the plan asked: the bot knows only the plan; the city's portal for the rest."""
    say.utter_message(response="utter_out_of_scope")
    return focus


def small_talk(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """The short answer to thanks, a greeting, "ja", "nein", "tschüss", "bist du ein Bot?"."""
    say.utter_message(response=SMALL_TALK[d.kind])
    return focus  # an aside: "die dritte davon" still picks from the last list


def human(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """A person asked for ("ich will mit nem echten Menschen reden"): the Projektbüro's people."""
    say.utter_message(response=SMALL_TALK[Kind.BOT_CHALLENGE])
    return office_contact(say, kb, d, focus)


def crisis(say: Say, kb: KnowledgeBase, d: Decision, focus: Focus) -> Focus:
    """Acute danger told: the emergency numbers and helplines, then the Projektbüro for later.

    The numbers come from ``knowledge/emergency.yml`` (not on the page; the city's social
    department reviews it). Nothing of the message is kept: the focus stays as it was.
    """
    lines = emergency.lines()
    values: dict[str, Any] = {key: line.number for key, line in lines.items()}
    values |= {f"{key}_hours": line.hours for key, line in lines.items()}
    office = kb.contacts(Role.OFFICE)
    values["contacts"] = bullet_list(contact_line(c) for c in office)
    say.utter_message(response=CRISIS_RESPONSE, **values)
    return focus


def _keep_list(old: Focus, new: Focus) -> Focus:
    """A new subject keeps the last list, so "die dritte davon" works after an aside."""
    return new.but(projects=old.projects, start=old.start, query=old.query, earlier=old.earlier)


def _earlier(old: Focus, listed: tuple[int, ...]) -> tuple[int, ...]:
    """The list before a new one ("aus der ersten Liste"); paging keeps it."""
    return old.earlier if listed == old.projects else old.projects


def _names(districts: Sequence[District]) -> tuple[str, ...]:
    return tuple(d.name for d in districts)


_RENDERERS: dict[Kind, Renderer] = {
    Kind.PLACE_CONTACT: place_contact,
    Kind.PERSON_CONTACT: person_contact,
    Kind.PERSON_UNKNOWN: person_unknown,
    Kind.PERSON_SERVES: person_serves,
    Kind.SAME_PERSON: same_person,
    Kind.OFFICE_CONTACT: office_contact,
    Kind.REPORT: report,
    Kind.ASK_PLACE: ask_place,
    Kind.NOT_A_PLACE: not_a_place,
    Kind.SUGGEST_PLACES: suggest_places,
    Kind.MEMBER: member,
    Kind.DISTRICT_LIST: district_list,
    Kind.PROJECT_DETAIL: project_detail,
    Kind.PROJECT_REMOVED: project_removed,
    Kind.PROJECT_CHOICE: project_choice,
    Kind.PROJECT_LIST: project_list,
    Kind.PROJECT_NONE: project_none,
    Kind.PROJECT_NONE_IN_PLACES: project_none_in_places,
    Kind.PROJECT_ELSEWHERE: project_elsewhere,
    Kind.PROJECT_OTHER_AGE: project_other_age,
    Kind.PROJECT_UNPLACED: project_unplaced,
    Kind.NO_MORE: no_more,
    Kind.PROJECT_RELATED: project_related,
    Kind.NO_SUCH_NUMBER: no_such_number,
    Kind.ASK_PROJECT: ask_project,
    Kind.PROJECT_UNKNOWN: project_unknown,
    Kind.TOPIC: topic,
    Kind.OVERVIEW: overview,
    Kind.PLAN_FACT: plan_fact,
    Kind.LINKS: links,
    Kind.HELP: help_menu,
    Kind.FALLBACK: fallback,
    Kind.OUT_OF_SCOPE: out_of_scope,
    **dict.fromkeys(SMALL_TALK, small_talk),
    Kind.HUMAN: human,
    Kind.CRISIS: crisis,
}

# Answers that state facts of the page and therefore name their source.
# (The fallback names its source itself, when it names the Projektbüro.)
FACTUAL = frozenset(Kind) - {Kind.ASK_PLACE, Kind.ASK_PROJECT, Kind.HELP, Kind.NO_MORE,
                             Kind.NO_SUCH_NUMBER, Kind.SUGGEST_PLACES, Kind.PROJECT_UNKNOWN,
                             Kind.FALLBACK, Kind.PROJECT_CHOICE, Kind.PERSON_UNKNOWN,
                             Kind.OUT_OF_SCOPE, Kind.CRISIS, *SMALL_TALK}  # fmt: skip


def utter_source(say: Say, kb: KnowledgeBase) -> None:
    """Name the source: the page, its link and the date of the knowledge-base build."""
    say.utter_message(response="utter_source", link=source_link(kb), date=build_date(kb))


def source_link(kb: KnowledgeBase) -> str:
    """The page's own link among the links it recommends."""
    return link_about(kb, kb.plan_summary()) or (list(kb.links()) or [""])[0]


def link_about(kb: KnowledgeBase, said: Sequence[str]) -> str | None:
    """The page's link for what the page says about a thing: the one its words name.

    A link is named by its site's name ("www.sozialestadt.dortmund.de" ->
    "sozialestadt"); the plan's summary says "Aktionsplan Soziale Stadt", the
    reports' text "Sozialberichterstattung". The longest name that the words
    contain wins ("sozialestadt" over "dortmund").
    """
    words = compact(" ".join(said))
    named = [(len(name), link) for link in kb.links() if (name := _site_name(link)) in words]
    return max(named)[1] if named else None


def _site_name(link: str) -> str:
    host = link.split("//")[-1].split("/")[0].removeprefix("www.")
    return compact(host.split(".")[0])


def build_date(kb: KnowledgeBase) -> str:
    """The date of the knowledge-base build, German style ("01.12.2026")."""
    day = kb.built_at[:10]
    parts = day.split("-")
    return ".".join(reversed(parts)) if len(parts) == 3 else day

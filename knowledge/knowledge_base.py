"""The query API the actions and the staff CLI use; no Rasa inside.

The knowledge base is small (a few dozen records), so it is read whole into
memory together with its search indexes. Every call checks, at most once per
``refresh_seconds``, whether a new build was stored, and then reloads: a
content update reaches the running bot without a restart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from knowledge import lexicon, lifestage, plan_meaning, story
from knowledge.aliases import OTHER_PLACES, PLACE_ALIASES
from knowledge.embedding import Embedder, check_identity, default_embedder, take_over
from knowledge.language import detect, other_language
from knowledge.listed import best_by_label, language_of
from knowledge.memo import Memo
from knowledge.passages import Kind
from knowledge.people import PeopleIndex
from knowledge.places import PlaceIndex
from knowledge.plan_questions import PlanQuestions
from knowledge.ranking import (
    EVERYDAY_MIN_WORDS,
    Ranking,
    by_life_stage,
    everyday_share,
    for_others_lowered,
    fuse,
    label_beyond_plan,
    with_clauses,
)
from knowledge.records import (
    Contact,
    District,
    Hit,
    Matches,
    PageContent,
    Person,
    PlanFact,
    Project,
    RemovedProject,
    Report,
    Role,
    Topic,
)
from knowledge.search import ProjectIndex, target_group_name
from knowledge.semantic import SemanticIndex
from knowledge.situations import described
from knowledge.store import (
    create_db_engine,
    load,
    load_removed,
    load_vectors,
    read_build_info,
    stored_model,
)
from knowledge.story import need_part
from knowledge.text import fold, terms, words

MAX_QUERY_CHARS = 300
MIN_GROUP_WORD = 4  # shorter words are no target group by a typo ("tod")
SMALL_CHILDREN = "Kleinkinder"  # the target group of babies and toddlers
logger = logging.getLogger(__name__)


class KnowledgeBaseMissing(RuntimeError):
    """Nothing was built yet: run ``python -m knowledge build``."""


@dataclass(frozen=True)
class _Snapshot:
    build_id: str
    built_at: str
    content: PageContent
    places: PlaceIndex
    people: PeopleIndex
    projects: ProjectIndex
    plan_questions: PlanQuestions
    districts_of_project: dict[int, tuple[District, ...]]
    project_stages: dict[int, frozenset[str]]  # the life stages each project is for
    removed: dict[int, RemovedProject]
    semantic: SemanticIndex


class _Memos:
    """The lookups by text of one knowledge-base version, kept for repeated texts."""

    def __init__(
        self, snapshot: _Snapshot, rank: Callable[[tuple[str, str, bool]], Ranking]
    ) -> None:
        self.snapshot = snapshot
        self.districts = Memo(snapshot.places.find)
        self.other_place = Memo(snapshot.places.other_place)
        self.people = Memo(snapshot.people.find)
        self.project_by_name = Memo(snapshot.projects.find_by_name)
        self.topic = Memo(snapshot.projects.find_topic)
        self.plan_fact = Memo(snapshot.plan_questions.find)
        self.words: Memo[str, tuple[Hit[Project], ...]] = Memo(
            lambda text: tuple(snapshot.projects.search(text))
        )
        self.needs: Memo[str, tuple[Hit[Project], ...]] = Memo(
            lambda text: tuple(snapshot.projects.by_needs(text))
        )
        self.ranking = Memo(rank)


class KnowledgeBase:
    """Questions citizens ask, answered from the stored page content."""

    def __init__(
        self,
        engine: Engine | None = None,
        refresh_seconds: float = 1.0,
        embedder: Embedder | None = None,
    ) -> None:
        self._engine = engine or create_db_engine()
        self._embedder = embedder
        self._refresh_seconds = refresh_seconds
        self._snapshot: _Snapshot | None = None
        self._memos: _Memos | None = None
        self._checked_at = 0.0
        self._lock = threading.Lock()

    # --- the plan -------------------------------------------------------

    @property
    def build_id(self) -> str:
        """Checksum of the content in use."""
        return self._current().build_id

    @property
    def built_at(self) -> str:
        """When the content in use was stored (ISO 8601, UTC)."""
        return self._current().built_at

    def content(self) -> PageContent:
        """Everything, as parsed."""
        return self._current().content

    def topics(self) -> tuple[Topic, ...]:
        """The Schwerpunkte in page order."""
        return self.content().topics

    def find_topic(self, text: str) -> Matches[Topic]:
        """A Schwerpunkt by number or words ("Schwerpunkt 2", "Kinder und Eltern")."""
        return self._memo().topic(_clip(text))

    def reports(self) -> tuple[Report, ...]:
        """The social reports and what the page says about them."""
        return self.content().reports

    def links(self) -> tuple[str, ...]:
        """The links the page recommends."""
        return self.content().links

    def plan_summary(self) -> tuple[str, ...]:
        """The page's introduction to the plan, paragraph by paragraph."""
        return self.content().plan_summary

    def plan_facts(self) -> tuple[PlanFact, ...]:
        """The page's statements about the plan (who started it, ...), in page order."""
        return self.content().plan_facts

    def find_plan_fact(self, text: str) -> Matches[PlanFact]:
        """Which statement a question asks for: "Wer hat den Aktionsplan gestartet?".

        Empty when the question is not about the plan itself ("Wer ist der
        Oberbürgermeister?", "Was ist das Ziel vom Walkingbus?").
        """
        return self._memo().plan_fact(_clip(text))

    def asks_what_the_plan_is(self, text: str) -> bool:
        """The plan itself asked for by its name ("Was ist der Aktionsplan Soziale Stadt?")."""
        return self._current().plan_questions.asks_what_it_is(_clip(text))

    def plan_question_by_meaning(self, text: str) -> tuple[str, ...]:
        """What a question asks about the plan, read by meaning in any language.

        A statement's key ("initiator"; two when two come close),
        ``plan_meaning.NOT_SAID`` (the page does not say: "Wie viel Geld hat der
        Plan?") or ``plan_meaning.OVERVIEW``; empty when the question is not
        clearly about the plan (:mod:`knowledge.plan_meaning`).
        """
        semantic = self._current().semantic
        text = _clip(text)
        by_question = semantic.similarities(text, Kind.PLAN_QUESTION)
        projects = semantic.similarities(text, Kind.PROJECT)
        return plan_meaning.read(by_question, max(projects.values(), default=0.0))

    def topic_by_meaning(self, text: str) -> Topic | None:
        """The Schwerpunkt a message names in other words ("der Schwerpunkt mit den Kindern").

        Only a message with a word for a Schwerpunkt, in any of the languages
        (``plan_meaning.says_topic``), and only a clear nearest one; not a
        question about all of them ("Welche Schwerpunkte hat der Plan?").
        """
        text = _clip(text)
        if not plan_meaning.says_topic(text):
            return None
        semantic = self._current().semantic
        all_topics = plan_meaning.nearest_of(
            plan_meaning.ALL_TOPICS, semantic.similarities(text, Kind.PLAN_QUESTION)
        )
        number = plan_meaning.nearest_topic(semantic.similarities(text, Kind.TOPIC), all_topics)
        return next((t for t in self.topics() if t.number == number), None)

    # --- people ---------------------------------------------------------

    def contacts(self, role: Role) -> tuple[Contact, ...]:
        """The people of one list: Projektbüro, Sozialplanung or on site."""
        return tuple(c for c in self.content().contacts if c.role is role)

    def people(self) -> tuple[Person, ...]:
        """Everyone named on the page."""
        return self._current().people.people

    def find_people(self, text: str) -> Matches[Person]:
        """People by name: "Herr Dimmerling", "frau certa", "Schultenkaemper"."""
        return self._memo().people(_clip(text))

    # --- places ---------------------------------------------------------

    def districts(self) -> tuple[District, ...]:
        """The Aktionsräume in page order."""
        return self.content().districts

    def find_districts(self, text: str) -> Matches[District]:
        """Aktionsräume the text names; several for "Scharnhorst", none for "Huckarde"."""
        return self._memo().districts(_clip(text))

    def suggest_districts(self, text: str, limit: int = 3) -> list[District]:
        """Aktionsräume whose names come close to an unknown place."""
        return self._current().places.suggest(_clip(text), limit)

    def other_place(self, text: str) -> str | None:
        """A place of Dortmund the text names that is not an Aktionsraum ("Wambel")."""
        return self._memo().other_place(_clip(text))

    def projects_in(self, districts: list[District]) -> list[Project]:
        """Projects whose title or goal names one of the districts (or an alias)."""
        snapshot = self._current()
        names = {district.name for district in districts}
        return [
            project
            for project in snapshot.content.projects
            if names & {d.name for d in snapshot.districts_of_project[project.number]}
        ]

    # --- projects -------------------------------------------------------

    def stages_of(self, project: Project) -> frozenset[str]:
        """The life stages the page addresses the project to, read once per version."""
        return self._current().project_stages.get(project.number, frozenset())

    def projects(self, topic: Topic | None = None) -> tuple[Project, ...]:
        """All projects, or those of one Schwerpunkt, in page order."""
        projects = self.content().projects
        return projects if topic is None else tuple(p for p in projects if p.topic == topic.name)

    def search_projects(self, text: str, limit: int | None = None) -> list[Hit[Project]]:
        """The projects that clearly fit a free-text question, best first; fused scores.

        Empty when nothing clearly fits ("Ich will ein Haus kaufen, gern ein
        blaues"); at most a short list otherwise (:mod:`knowledge.ranking`).
        """
        hits = list(self.rank_projects(text).hits)
        return hits[:limit] if limit else hits

    def projects_for_needs(self, text: str) -> list[Project]:
        """The projects that answer the needs a story tells in everyday words (``NEEDS``).

        "Ich werd in der Schule gemobbt" -> the violence prevention; a question that only
        names a need ("Wann ist Sperrmüll?") tells none (:func:`knowledge.story.tells`).
        """
        clipped = _clip(text)
        if not story.tells(clipped):
            return []
        return [hit.item for hit in self._memo().needs(need_part(clipped))]

    def rank_projects(self, text: str, german: str = "", described: bool = False) -> Ranking:
        """Words and meaning fused: what clearly fits, the clear leader, and every score.

        A text in another language has its meaning, but no German words for the
        lexical search: ``german`` gives them, the needs its language file names
        (:mod:`knowledge.crosslingual`: "We have debts and ..." -> "Schulden").
        A question about one project told by what it does (``described``) in another
        language also meets the descriptions of projects in that language.
        """
        clipped = _clip(text)  # German reads no descriptions: one memo entry either way
        return self._memo().ranking((clipped, german, described and other_language(clipped)))

    def _rank_projects(self, asked: tuple[str, str, bool]) -> Ranking:
        """:meth:`rank_projects` of a clipped text, computed (the memo keeps it)."""
        text, german, one_described = asked
        snapshot = self._current()
        other = other_language(text) and story.told_in_any_language(text)
        need = need_part(text)  # without "seit dem Tod meiner Mutter": no projects for mothers
        goal = snapshot.semantic.similarities(text, Kind.PROJECT_GOAL)
        whole = self._fuse(text, german or need, goal, other, one_described)
        if need != text and not german and not self._memo().words(need):
            # "Seit mein Mann gestorben ist, weiß ich nicht, wohin mit mir": the rest names
            # nothing the page has, the need was told in the background
            whole = self._fuse(text, text, goal, other, one_described)
        clauses = story.clauses(need)
        if len(clauses) >= 2 and whole.leader is None:  # a clear leader: no clause changes it
            snapshot.semantic.prepare(clauses)
            read = [(self._fuse(c, "" if other else c, None, other), story.content_words(c))
                    for c in clauses]  # fmt: skip
            whole = with_clauses(whole, read, goal)
        stages = lifestage.stages(f"{need} {german}".strip())
        ranked = for_others_lowered(whole, self._for_background_only(text, need))
        ranked = by_life_stage(ranked, stages, snapshot.project_stages)
        return replace(ranked, everyday=whole.everyday)

    def _for_background_only(self, text: str, need: str) -> frozenset[int]:
        """The projects for target groups a story names only in its background.

        Not small children: a baby of the background ("seit der Geburt meines Babys")
        is still in the writer's care.
        """
        told = set(terms(need))
        groups = {g for word in told if (g := self.target_group(word))}
        others = {
            g
            for word in terms(text)
            if len(word) >= MIN_GROUP_WORD and word not in told and (g := self.target_group(word))
        }
        return frozenset(
            hit.item.number
            for g in others - groups - {SMALL_CHILDREN}
            for hit in self.projects_for_target_group(g)
        )

    def _fuse(
        self,
        text: str,
        words_of: str,
        goal: dict[str, float] | None = None,
        other: bool = False,
        one_described: bool = False,
    ) -> Ranking:
        """:func:`knowledge.ranking.fuse`: the meaning of ``text``, the words of ``words_of``."""
        snapshot = self._current()
        lexical = {hit.item.number: hit.score for hit in self._memo().words(words_of)}
        # a need counts as the point of a story only where the text tells one ("ich werd in der
        # schule gemobbt"), not in a question that names it ("Wann ist Sperrmüll?")
        told = story.tells(text) or story.told_in_any_language(text) and other
        needs = {h.item.number: h.score for h in self._memo().needs(words_of)} if told else {}
        if goal is None:
            goal = snapshot.semantic.similarities(text, Kind.PROJECT_GOAL)
        # a situation is a need told: a story whose background names others ("seit meine Kinder
        # weggezogen sind") is matched by its need alone, without the others' words
        background = bool(words_of) and not other_language(text) and words_of != text
        told_need = words_of if background else text
        situations = snapshot.semantic.similarities(told_need, Kind.PROJECT_SITUATION)
        # its own language's tellings too: the situations of a story, the descriptions of a
        # project told by what it does
        language = detect(text).language if other_language(text) else None
        own = language if other else described(language) if language and one_described else None
        return fuse(
            text,
            snapshot.content.projects,
            lexical,
            snapshot.semantic.similarities(text, Kind.PROJECT),
            goal,
            other_language=other,
            needs=needs,
            situations=_situations_in(situations, ""),
            own_situations=_situations_in(situations, own) if own else None,
            everyday=self._everyday(text, situations if told_need == text else None),
        )

    def _everyday(self, text: str, told: dict[str, float] | None = None) -> float:
        """:func:`knowledge.ranking.everyday_share` of a German question of a few words and more.

        Its cosines to the everyday senses against those to the German situations and
        descriptions. A name or two ("das blaue Haus") carries too little meaning besides
        the name's words; another language's cosines to German texts are not comparable so;
        a question that says "Projekt" or "Aktionsraum" asks the plan. ``told``: its cosines
        to the listed situations, when the caller has them already.
        """
        if len(text.split()) < EVERYDAY_MIN_WORDS or other_language(text) or _asks_the_plan(text):
            return 0.0
        semantic = self._current().semantic
        not_meant = semantic.similarities(text, Kind.PROJECT_NOT_MEANT)
        if told is None:
            told = semantic.similarities(text, Kind.PROJECT_SITUATION)
        meant = {ref: c for ref, c in told.items() if language_of(ref) in ("", described(""))}
        return everyday_share(not_meant, meant)

    def beyond_plan(self, text: str) -> str:
        """What a question of a few words and more asks beyond the plan: "unmet", "errands" or "".

        :func:`knowledge.ranking.label_beyond_plan`, read in German and in the question's own
        language: its tellings of what no project is for against the projects' situations
        and descriptions. A question that says "Projekt" or "Aktionsraum" asks the plan.
        """
        if len(text.split()) < EVERYDAY_MIN_WORDS or _asks_the_plan(text):
            return ""
        language = (detect(text).language or "") if other_language(text) else ""
        semantic = self._current().semantic
        beyond = semantic.similarities(text, Kind.BEYOND_PLAN)
        told = semantic.similarities(text, Kind.PROJECT_SITUATION)
        own = {"", described(""), language, described(language)}
        return label_beyond_plan(
            {ref: c for ref, c in beyond.items() if language_of(ref) in own},
            {ref: c for ref, c in told.items() if language_of(ref) in own},
        )

    def closest_passages(self, text: str, kind: Kind, limit: int = 3) -> list[tuple[str, float]]:
        """The passages of one kind nearest in meaning, as (reference, cosine), nearest first.

        Any language: "Wie viele Leute haben mitgemacht?" and its Turkish
        translation both come nearest to the plan statement "participation".
        """
        found = self._current().semantic.similarities(_clip(text), kind)
        return sorted(found.items(), key=lambda item: (-item[1], item[0]))[:limit]

    def take_over_query_vector(self, text: str, handed: object) -> bool:
        """Reuse the NLU's vector of a message instead of embedding it again.

        See :func:`knowledge.embedding.take_over`; a text the lookups clip is
        not the text the NLU embedded, so it is left alone.
        """
        if _clip(text) != text:
            return False
        return take_over(self._embedder or default_embedder(), text, handed)

    def search_projects_by_words(self, text: str, limit: int | None = None) -> list[Hit[Project]]:
        """The lexical search alone (lemmas, synonyms, thesaurus, typos): word scores."""
        hits = self._memo().words(_clip(text))
        return list(hits[:limit] if limit else hits)

    def projects_numbered(self, numbers: Iterable[int]) -> tuple[Project, ...]:
        """Projects by their lasting numbers, in the order given (removed ones are left out)."""
        by_number = {p.number: p for p in self.content().projects}
        return tuple(by_number[n] for n in numbers if n in by_number)

    def removed_project(self, number: int) -> RemovedProject | None:
        """The project that had this number and is no longer on the page ("#23" of an old list)."""
        return self._current().removed.get(number)

    def person_named(self, name: str | None) -> Person | None:
        """The person of exactly this name (the conversation's focus keeps names)."""
        return next((p for p in self.people() if p.name == name), None)

    def find_project(self, text: str) -> Matches[Project]:
        """A project by name fragment or nickname ("Kohldampf", "Walkingbus")."""
        return self._memo().project_by_name(_clip(text))

    def projects_for_target_group(self, text: str) -> list[Hit[Project]]:
        """Projects for a target group ("Senioren", "junge Erwachsene", "Migranten")."""
        return self._current().projects.for_target_group(_clip(text))

    def target_group(self, text: str) -> str | None:
        """The bot's name for the target group a word names ("jugendliche"), or None."""
        return target_group_name(_clip(text))

    def districts_of(self, project: Project) -> tuple[District, ...]:
        """The Aktionsräume a project's title or goal names."""
        return self._current().districts_of_project.get(project.number, ())

    # --- snapshot -------------------------------------------------------

    def _current(self) -> _Snapshot:
        now = time.monotonic()
        snapshot = self._snapshot
        if snapshot is not None and now - self._checked_at < self._refresh_seconds:
            return snapshot
        with self._lock:
            try:
                info = read_build_info(self._engine)
            except SQLAlchemyError:
                if self._snapshot is None:
                    raise
                # Keep answering from what was loaded; try the database again next time.
                logger.warning("Knowledge base database not reachable; using the loaded version")
                self._checked_at = now
                return self._snapshot
            build_id = info.get("build_id")
            if build_id is None:
                raise KnowledgeBaseMissing(
                    "Die Wissensbasis ist leer. Bitte zuerst 'python -m knowledge build' ausführen."
                )
            if self._snapshot is None or self._snapshot.build_id != build_id:
                self._snapshot = self._load(info)
            self._checked_at = now
            return self._snapshot

    def _memo(self) -> _Memos:
        """The lookups of the version in use (a new version starts with empty ones)."""
        snapshot = self._current()
        memos = self._memos
        if memos is None or memos.snapshot is not snapshot:
            memos = self._memos = _Memos(snapshot, self._rank_projects)
        return memos

    def _load(self, info: dict[str, str]) -> _Snapshot:
        """Read a build; refuse vectors that another embedding model made."""
        embedder = self._embedder or default_embedder()
        check_identity(stored_model(info), embedder.identity, "Die Wissensbasis")
        semantic = SemanticIndex(load_vectors(self._engine), embedder)
        content, removed = load(self._engine), load_removed(self._engine)
        return _index(info["build_id"], info.get("built_at", ""), content, semantic, removed)


def _index(
    build_id: str,
    built_at: str,
    content: PageContent,
    semantic: SemanticIndex,
    removed: tuple[RemovedProject, ...] = (),
) -> _Snapshot:
    places = PlaceIndex(content.districts)
    return _Snapshot(
        build_id=build_id,
        built_at=built_at,
        semantic=semantic,
        content=content,
        places=places,
        people=PeopleIndex(content.contacts, content.districts),
        projects=ProjectIndex(content.projects, content.topics),
        plan_questions=PlanQuestions(
            content.plan_facts,
            _place_words(content),
            counts={"@districts": len(content.districts), "@topics": len(content.topics)},
            titles={"@report": tuple(report.title for report in content.reports)},
        ),
        districts_of_project={
            p.number: tuple(places.mentioned_in(f"{p.title} {p.goal}")) for p in content.projects
        },
        project_stages=_project_stages(content),
        removed={r.number: r for r in removed},
    )


def _project_stages(content: PageContent) -> dict[int, frozenset[str]]:
    """The life stages each project is for, by the page's words (:mod:`knowledge.lifestage`)."""
    return {p.number: lifestage.project_stages(p.title, p.goal) for p in content.projects}


def _place_words(content: PageContent) -> frozenset[str]:
    """Folded words of every place name the knowledge base knows."""
    names = [d.name for d in content.districts] + list(PLACE_ALIASES) + list(OTHER_PLACES)
    return frozenset(fold(word) for name in names for word in words(name))


def _situations_in(cosines: dict[str, float], language: str) -> dict[str, float] | None:
    """The best cosine per project to its situations told in ``language`` ("": German)."""
    told = {ref: c for ref, c in cosines.items() if language_of(ref) == language}
    return best_by_label(told) if told else None


def _clip(text: str | None) -> str:
    """Long pastes are cut: no citizen question needs more, and lookups stay fast."""
    return (text or "")[:MAX_QUERY_CHARS]


def _asks_the_plan(text: str) -> bool:
    """The text says "Projekt", "Aktionsraum" ...: it asks the plan.

    German by the lexicon's ``plan_words``, another language by its ``project_words``
    ("проект", "proje").
    """
    plan_words = lexicon.word_list("plan_words")  # "welche Projekte gibt es in Brackel"
    said = words(fold(text))
    if any(word.startswith(plan_words) for word in said):
        return True
    return any(
        set(said) & lexicon.folded_words("project_words", lang)
        for lang in lexicon.other_languages()
        if lexicon.has("words", "project_words", lang)
    )

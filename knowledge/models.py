"""SQLAlchemy 1.4 models of the knowledge base.

Tables are prefixed ``kb_`` so they can share a PostgreSQL database with
Rasa's tracker store.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

# SQLAlchemy 1.4 has no types, so the base is Any; pyproject.toml lets this module subclass it.
Base: Any = declarative_base()

SCHEMA_VERSION = "3"  # 2: kb_plan_facts; 3: lasting project numbers, kb_removed_projects


class TopicRow(Base):
    """A Schwerpunkt (focus area) of the plan."""

    __tablename__ = "kb_topics"
    id = Column(Integer, primary_key=True)
    number = Column(Integer, nullable=False, unique=True)
    name = Column(String(300), nullable=False)
    work_focus = Column(Text, nullable=False)


class ProjectRow(Base):
    """A project (Projekt) with its goal (Ziel or Zielgruppe).

    ``number`` lasts across builds (:mod:`knowledge.identity`); ``position`` is the page order.
    """

    __tablename__ = "kb_projects"
    id = Column(Integer, primary_key=True)
    number = Column(Integer, nullable=False, unique=True)
    position = Column(Integer, nullable=False)
    title = Column(Text, nullable=False)
    goal = Column(Text, nullable=False)
    goal_label = Column(String(20), nullable=False)
    topic_id = Column(Integer, ForeignKey("kb_topics.id"), nullable=False)
    topic = relationship(TopicRow)


class RemovedProjectRow(Base):
    """A project an earlier build had: its number is not given again."""

    __tablename__ = "kb_removed_projects"
    number = Column(Integer, primary_key=True, autoincrement=False)
    title = Column(Text, nullable=False)


class ContactRow(Base):
    """A person as one contact list gives them (Ansprechpartner/in)."""

    __tablename__ = "kb_contacts"
    id = Column(Integer, primary_key=True)
    position = Column(Integer, nullable=False)
    name = Column(String(200), nullable=False)
    phone = Column(String(50), nullable=False)
    email = Column(String(200), nullable=False)
    role = Column(String(20), nullable=False)
    unit = Column(String(300), nullable=False)


class DistrictRow(Base):
    """An Aktionsraum (action area) and its contact on site."""

    __tablename__ = "kb_districts"
    id = Column(Integer, primary_key=True)
    position = Column(Integer, nullable=False)
    name = Column(String(200), nullable=False, unique=True)
    contact_id = Column(Integer, ForeignKey("kb_contacts.id"), nullable=False)
    contact = relationship(ContactRow)


class ReportRow(Base):
    """A social report (Bericht zur sozialen Lage, Sozialstrukturatlas)."""

    __tablename__ = "kb_reports"
    id = Column(Integer, primary_key=True)
    position = Column(Integer, nullable=False)
    title = Column(String(300), nullable=False)
    description = Column(Text, nullable=False)


class LinkRow(Base):
    """A link the page recommends."""

    __tablename__ = "kb_links"
    id = Column(Integer, primary_key=True)
    position = Column(Integer, nullable=False)
    url = Column(String(500), nullable=False)


class PlanParagraphRow(Base):
    """A paragraph of the page's introduction to the plan."""

    __tablename__ = "kb_plan_paragraphs"
    id = Column(Integer, primary_key=True)
    position = Column(Integer, nullable=False)
    text = Column(Text, nullable=False)


class PlanFactRow(Base):
    """A statement of the page about the plan (who started it, ...), keyed."""

    __tablename__ = "kb_plan_facts"
    id = Column(Integer, primary_key=True)
    position = Column(Integer, nullable=False)
    key = Column(String(50), nullable=False, unique=True)
    text = Column(Text, nullable=False)


class BuildInfoRow(Base):
    """Key/value facts about the current build: source checksum, build id, counts."""

    __tablename__ = "kb_build_info"
    key = Column(String(50), primary_key=True)
    value = Column(Text, nullable=False)

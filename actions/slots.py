"""Slot and entity names, spelled once (they must match domain.yml)."""

from __future__ import annotations

# Slots: only actions set them (custom mappings in domain.yml).
SLOT_SUBJECT = "subject"
SLOT_DISTRICT = "district"
SLOT_PERSON = "person"
SLOT_PROJECT = "project"
SLOT_PROJECT_RESULTS = "project_results"
SLOT_PROJECT_SHOWN = "project_shown"
SLOT_PROJECT_OFFSET = "project_offset"

# Entities the NLU extracts.
ENTITY_DISTRICT = "district"
ENTITY_PROJECT = "project"
ENTITY_TARGET_GROUP = "target_group"
ENTITY_TOPIC = "topic"
ENTITY_PERSON = "person"
ENTITY_CONTACT_DETAIL = "contact_detail"

# Values of the ``subject`` slot: what a follow-up like "und die Telefonnummer?" refers to.
SUBJECT_DISTRICT = "district"
SUBJECT_PERSON = "person"
SUBJECT_OFFICE = "office"
SUBJECT_REPORT = "report"
SUBJECT_PROJECT = "project"

# Canonical values of the ``contact_detail`` entity (synonyms in data/nlu/contacts.yml).
DETAIL_PHONE = "phone"
DETAIL_EMAIL = "email"
DETAIL_PERSON = "person"

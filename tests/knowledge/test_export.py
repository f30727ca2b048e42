"""Generated NLU files follow the knowledge base and are committed up to date."""

from __future__ import annotations

import yaml

from knowledge import export
from knowledge.records import PageContent


def test_committed_files_match_a_fresh_export(content: PageContent) -> None:
    for name, text in export.render(content).items():
        committed = (export.GENERATED_DIR / name).read_text(encoding="utf-8")
        assert committed == text, f"{name} is stale: run `make nlu-lookups`"


def test_files_are_marked_generated_and_valid_nlu(content: PageContent) -> None:
    for text in export.render(content).values():
        assert text.startswith("# DO NOT EDIT")
        data = yaml.safe_load(text)
        assert data["version"] == "3.1"
        assert all("examples" in item for item in data["nlu"])


def lookup(content: PageContent, name: str) -> list[str]:
    data = yaml.safe_load(export.render(content)[name])
    [table] = [item for item in data["nlu"] if "lookup" in item]
    return [line[2:] for line in table["examples"].splitlines()]


def synonyms(content: PageContent, name: str) -> dict[str, list[str]]:
    data = yaml.safe_load(export.render(content)[name])
    return {
        item["synonym"]: [line[2:] for line in item["examples"].splitlines()]
        for item in data["nlu"]
        if "synonym" in item
    }


def test_every_district_project_and_person_is_in_a_lookup(content: PageContent) -> None:
    assert {d.name for d in content.districts} <= set(lookup(content, "districts.yml"))
    assert {p.title for p in content.projects} <= set(lookup(content, "projects.yml"))
    assert {c.name for c in content.contacts} <= set(lookup(content, "people.yml"))


def test_shared_place_words_are_no_synonym_of_one_district(content: PageContent) -> None:
    """ "Scharnhorst" names two Aktionsräume; mapping it to one would be a silent guess."""
    mapped = {
        v.lower() for variants in synonyms(content, "districts.yml").values() for v in variants
    }
    assert "scharnhorst" not in mapped and "eving" not in mapped
    assert "scharnhorst" in {v.lower() for v in lookup(content, "districts.yml")}


def test_nicknames_map_to_full_titles(content: PageContent) -> None:
    titles = {p.title for p in content.projects}
    project_synonyms = synonyms(content, "projects.yml")
    assert set(project_synonyms) <= titles
    assert any("Walkingbus" in variants for variants in project_synonyms.values())


def test_no_word_maps_to_two_values(content: PageContent) -> None:
    """Rasa keeps only one value per synonym; two would be a silent guess."""
    for name in export.render(content):
        seen: dict[str, str] = {}
        for value, variants in synonyms(content, name).items():
            for variant in variants:
                assert seen.setdefault(variant.lower(), value) == value, (name, variant)

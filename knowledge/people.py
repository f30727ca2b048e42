"""Find contact persons by name: "Herr Dimmerling", "frau certa", "Lehmann"."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from knowledge import lexicon
from knowledge.records import Contact, District, Hit, Matches, Person
from knowledge.text import key


class PeopleIndex:
    """Everyone named on the page, by full name and by surname."""

    def __init__(self, contacts: tuple[Contact, ...], districts: tuple[District, ...]) -> None:
        names = list(dict.fromkeys(contact.name for contact in contacts))
        self.people = tuple(_person(name, contacts, districts) for name in names)
        self._keys: dict[str, list[Person]] = {}
        for person in self.people:
            surname = _surname_key(person.name)
            for person_key in {key(person.name), surname, *surname.split()}:
                self._keys.setdefault(person_key, []).append(person)
        self._key_list = sorted(self._keys)

    def find(self, text: str) -> Matches[Person]:
        """People the text names, best first; "Schmitz" alone finds one, a typo too."""
        around = lexicon.words("address") | lexicon.words("address_short")
        around |= lexicon.words("name_fillers")
        words = [word for word in key(text).split() if word not in around]
        grams = [" ".join(words[i : i + n]) for n in (3, 2, 1) for i in range(len(words) - n + 1)]
        scored: dict[str, Hit[Person]] = {}
        for gram in grams:
            if len(gram) < 4:
                continue
            for person_key, score, _ in process.extract(
                gram,
                self._key_list,
                scorer=fuzz.ratio,
                score_cutoff=lexicon.cutoff("person"),
                limit=None,
            ):
                for person in self._keys[person_key]:
                    if person.name not in scored or score > scored[person.name].score:
                        scored[person.name] = Hit(person, score, gram)
        hits = sorted(scored.values(), key=lambda hit: (-hit.score, hit.item.name))
        if hits:
            hits = [hit for hit in hits if hit.score >= hits[0].score - 5]
        return Matches(tuple(hits))


def _surname_key(name: str) -> str:
    """The folded surname: "Uta Wittig-Flick" -> "wittig flick"."""
    return key(name.split(" ", 1)[-1])


def _person(name: str, contacts: tuple[Contact, ...], districts: tuple[District, ...]) -> Person:
    return Person(
        name=name,
        contacts=tuple(contact for contact in contacts if contact.name == name),
        districts=tuple(d.name for d in districts if d.contact.name == name),
    )

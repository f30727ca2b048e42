"""Places citizens name that the page calls differently.

Only knowledge that cannot be derived from the page lives here: district
names, their parts ("Kemminghausen", "Eving" in "Eving I/Kemminghausen") and
spelling variants are matched by :mod:`knowledge.places` without a table.
Each target must be an Aktionsraum name on the page; a test checks that.
"""

from __future__ import annotations

PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "Nordstadt": ("Borsigplatz", "Hafen", "Nordmarkt"),
    "Clarenberg": ("Hörde",),
    "Dorstfeld": ("Dorstfelder Brücke",),
}

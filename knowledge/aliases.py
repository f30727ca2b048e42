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

# Stadtbezirke and Stadtteile of Dortmund that are not Aktionsräume (or only
# partly, by another name). A question about them gets "kein Aktionsraum" and
# the list, even when the NLU did not mark the place as an entity.
OTHER_PLACES: tuple[str, ...] = (
    "Aplerbeck", "Asseln", "Barop", "Benninghofen", "Berghofen", "Bövinghausen", "Brackel",
    "Brechten", "Brünninghausen", "City", "Derne", "Deusen", "Eichlinghofen", "Ellinghausen",
    "Gartenstadt", "Grevel", "Hacheney", "Holthausen", "Holzen", "Hombruch", "Huckarde",
    "Husen", "Innenstadt", "Innenstadt-Nord", "Innenstadt-Ost", "Innenstadt-West",
    "Jungferntal", "Kaiserviertel", "Kirchderne", "Kirchhörde", "Kirchlinde", "Kley",
    "Kreuzviertel", "Kruckel", "Kurl", "Körne", "Lanstrop", "Lichtendorf", "Loh",
    "Lücklemberg", "Lütgendortmund", "Mengede", "Menglinghausen", "Oespel", "Persebeck",
    "Phoenix-See", "Rahm", "Renninghausen", "Schüren", "Schwieringhausen", "Sölde",
    "Sölderholz", "Stadtmitte", "Syburg", "Wambel", "Wellinghofen", "Westrich",
    "Wichlinghofen",
)  # fmt: skip

"""The decision function as a table: a message, its intent and the focus -> the answer.

Each row: text, NLU intent, focus, expected answer kind, expected referent
(and, for yes/no questions, the expected "yes"/"no"). Focus and referents are
written in a small notation resolved against the knowledge base, so no fact
is typed here:

- focus: "" (none), "places:Hörde[/phone]", "person:@Nette" (the contact person
  of that place), "project:~Walkingbus" (the project a title word finds),
  "list:Senioren[@3]" (the list a search for that word gives, page starting
  at 3), "office", "report", "await:place".
- referent: a place as citizens name it ("Nordstadt" -> its Aktionsräume),
  "@Nette", "~Kohldampf", "pick:2" (the 2nd of the focus list), "fact:<key>",
  "topic:<n>", "?Brackel" (a place echoed as typed), "*" (not checked), "" (none).
"""

from __future__ import annotations

import pytest

from actions.decision import TOPICS_LISTED, Decision, Kind, decide
from actions.focus import MEMBERSHIP, Awaiting, Focus, ListQuery, Subject
from actions.turn import read_text
from knowledge import KnowledgeBase

K = Kind
ROWS: list[tuple] = [
    # --- contacts of a place -------------------------------------------------------
    ("wer ist in hörde zuständig", "district_contact", "", K.PLACE_CONTACT, "Hörde"),
    ("wer is in hoerde zustaendig", "district_contact", "", K.PLACE_CONTACT, "Hörde"),
    ("Ansprechpartner Nordstadt", "district_contact", "", K.PLACE_CONTACT, "Nordstadt"),
    ("wer hilft mir am borsigplatz", "district_contact", "", K.PLACE_CONTACT, "Borsigplatz"),
    ("Kontakt Clarenberg", "district_contact", "", K.PLACE_CONTACT, "Clarenberg"),
    ("wer ist für dorstfeld da", "district_contact", "", K.PLACE_CONTACT, "Dorstfeld"),
    ("ansprechperson eving", "district_contact", "", K.PLACE_CONTACT, "Eving"),
    ("Scharnhorst wer ist zuständig", "district_contact", "", K.PLACE_CONTACT, "Scharnhorst"),
    ("wer kümmert sich um westerfilde", "district_contact", "", K.PLACE_CONTACT, "Westerfilde"),
    ("Kemminghausen Ansprechpartnerin", "district_contact", "", K.PLACE_CONTACT, "Kemminghausen"),
    ("lindenhorst kontakt", "district_contact", "", K.PLACE_CONTACT, "Lindenhorst"),
    ("ich wohne in marten wen frag ich", "district_contact", "", K.PLACE_CONTACT, "Marten"),
    ("wickede zuständig?", "district_contact", "", K.PLACE_CONTACT, "Wickede"),
    ("Wer betreut den Nordmarkt?", "district_contact", "", K.PLACE_CONTACT, "Nordmarkt"),
    ("wer ist fürs hafenviertel da", "district_contact", "", K.PLACE_CONTACT, "Hafen"),
    ("Telefonnummer Nette", "district_contact", "", K.PLACE_CONTACT, "Nette"),
    ("Durchwahl vom Aktionsraum Hafen", "district_contact", "", K.PLACE_CONTACT, "Hafen"),
    ("mail adresse für bodelschwingh", "district_contact", "", K.PLACE_CONTACT, "Bodelschwingh"),
    (
        "wie erreiche ich jemanden in alt-scharnhorst",
        "district_contact",
        "",
        K.PLACE_CONTACT,
        "Alt-Scharnhorst",
    ),
    ("wer ist in hörd zuständig", "district_contact", "", K.PLACE_CONTACT, "Hörde"),
    ("contact person for Nette please", "district_contact", "", K.PLACE_CONTACT, "Nette"),
    ("Name, Telefon und Mail für Marten bitte", "district_contact", "", K.PLACE_CONTACT, "Marten"),
    ("Wer ist in Hörde zuständig?", "nlu_fallback", "", K.FALLBACK, ""),
    ("telefon hörde", "nlu_fallback", "", K.PLACE_CONTACT, "Hörde"),
    # --- places outside the plan, near misses, no place ---------------------------------
    ("wer ist in huckarde zuständig", "district_contact", "", K.NOT_A_PLACE, "?Huckarde"),
    ("Ansprechpartner Aplerbeck", "district_contact", "", K.NOT_A_PLACE, "?Aplerbeck"),
    ("Kontakt in Brackel", "district_contact", "", K.NOT_A_PLACE, "?Brackel"),
    ("wer ist in mengede zuständig", "district_contact", "", K.NOT_A_PLACE, "?Mengede"),
    ("kontakt evnig", "district_contact", "", K.SUGGEST_PLACES, "*"),
    (
        "wer ist in evnig zuständig",
        "district_contact",
        "project:~Walkingbus",
        K.SUGGEST_PLACES,
        "Eving",
    ),
    ("wer ist zuständig", "district_contact", "", K.ASK_PLACE, ""),
    ("ich brauche einen ansprechpartner", "district_contact", "", K.ASK_PLACE, ""),
    ("Name, Telefon und Mail bitte", "district_contact", "", K.ASK_PLACE, ""),
    (
        "An wen wende ich mich mit Fragen zu den Projekten?",
        "district_contact",
        "",
        K.OFFICE_CONTACT,
        "",
    ),
    # --- follow-ups on the focus -------------------------------------------------------
    ("und die telefonnummer?", "district_contact", "places:Hörde", K.PLACE_CONTACT, "Hörde"),
    ("wie lautet die nummer?", "district_contact", "places:Marten", K.PLACE_CONTACT, "Marten"),
    ("und die mail", "district_contact", "places:Nette", K.PLACE_CONTACT, "Nette"),
    (
        "Name, Telefon und Mail bitte",
        "district_contact",
        "places:Wickede",
        K.PLACE_CONTACT,
        "Wickede",
    ),
    (
        "unter welcher nummer erreiche ich die?",
        "district_contact",
        "places:Hafen",
        K.PLACE_CONTACT,
        "Hafen",
    ),
    ("und in nette?", "district_contact", "places:Hörde", K.PLACE_CONTACT, "Nette"),
    ("Und für Wickede?", "district_contact", "places:Hafen/phone", K.PLACE_CONTACT, "Wickede"),
    ("und ihre telefonnummer?", "district_contact", "person:@Nette", K.PERSON_CONTACT, "@Nette"),
    (
        "welche Gebiete hat sie noch?",
        "district_contact",
        "person:@Nette",
        K.PERSON_CONTACT,
        "@Nette",
    ),
    ("seine mail bitte", "district_contact", "person:@Hörde", K.PERSON_CONTACT, "@Hörde"),
    ("und die e-mail-adresse?", "district_contact", "office", K.OFFICE_CONTACT, ""),
    ("telefon?", "district_contact", "report", K.REPORT, ""),
    ("wen kann ich da anrufen?", "district_contact", "project:~Walkingbus", K.OFFICE_CONTACT, ""),
    (
        "wer ist da ansprechpartner",
        "district_contact",
        "project:~Evinger",
        K.PLACE_CONTACT,
        "Eving",
    ),
    (
        "und die nummer",
        "district_contact",
        "project:~Seniorenwohnungen",
        K.PLACE_CONTACT,
        "Alt-Scharnhorst",
    ),
    # --- people --------------------------------------------------------------------------
    ("wie erreiche ich @Hörde", "district_contact", "", K.PERSON_CONTACT, "@Hörde"),
    ("telefon von @Nette", "district_contact", "", K.PERSON_CONTACT, "@Nette"),
    (
        "für welche Gebiete ist @Wickede zuständig?",
        "district_contact",
        "",
        K.PERSON_CONTACT,
        "@Wickede",
    ),
    ("@Marten", "inform", "", K.PERSON_CONTACT, "@Marten"),
    ("mail an @Hafen", "district_contact", "", K.PERSON_CONTACT, "@Hafen"),
    ("In welchen Stadtteilen arbeitet @Eving?", "district_list", "", K.PERSON_CONTACT, "@Eving"),
    (
        "ist @Wickede auch für Alt-Scharnhorst zuständig?",
        "district_contact",
        "",
        K.PERSON_SERVES,
        "Alt-Scharnhorst, @Wickede",
        "yes",
    ),
    (
        "ist @Wickede auch für Nette zuständig?",
        "district_contact",
        "",
        K.PERSON_SERVES,
        "Nette, @Wickede",
        "no",
    ),
    (
        "ist sie auch für Nordmarkt zuständig?",
        "district_contact",
        "person:@Hafen",
        K.PERSON_SERVES,
        "Nordmarkt, @Hafen",
        "yes",
    ),
    (
        "ist er auch für Hörde zuständig?",
        "district_contact",
        "person:@Nette",
        K.PERSON_SERVES,
        "Hörde, @Nette",
        "no",
    ),
    # --- membership, yes/no --------------------------------------------------------------
    ("Gehört Brackel auch dazu?", "district_list", "", K.NOT_A_PLACE, "?Brackel", "no"),
    ("Ist Aplerbeck ein Aktionsraum?", "district_list", "", K.NOT_A_PLACE, "?Aplerbeck", "no"),
    ("ist huckarde dabei", "district_list", "", K.NOT_A_PLACE, "?Huckarde", "no"),
    ("Gehört Hombruch zum Aktionsplan?", "district_contact", "", K.NOT_A_PLACE, "?Hombruch", "no"),
    ("zählt mengede auch dazu?", "nlu_fallback", "", K.NOT_A_PLACE, "?Mengede", "no"),
    ("Ist Hörde ein Aktionsraum?", "district_list", "", K.MEMBER, "Hörde", "yes"),
    ("Gehört die Nordstadt dazu?", "district_list", "", K.MEMBER, "Nordstadt", "yes"),
    ("ist wickede auch dabei?", "district_list", "", K.MEMBER, "Wickede", "yes"),
    ("gehört eving zum aktionsplan", "topic_overview", "", K.MEMBER, "Eving", "yes"),
    ("Ist Westerfilde auch ein Aktionsraum?", "inform", "", K.MEMBER, "Westerfilde", "yes"),
    ("Welche Aktionsräume gibt es?", "district_list", "", K.DISTRICT_LIST, ""),
    ("liste der stadtteile", "district_list", "", K.DISTRICT_LIST, ""),
    ("in welchen gebieten gibt es das", "district_list", "", K.DISTRICT_LIST, ""),
    # --- bare answers and corrections ---------------------------------------------------
    ("Wickede", "inform", "await:place", K.PLACE_CONTACT, "Wickede"),
    ("hörde", "inform", "", K.PLACE_CONTACT, "Hörde"),
    ("in der nordstadt", "inform", "await:place", K.PLACE_CONTACT, "Nordstadt"),
    ("Huckarde", "inform", "await:place", K.NOT_A_PLACE, "?Huckarde"),
    ("evnig", "inform", "await:place", K.SUGGEST_PLACES, "*"),
    ("ach nein, ich meinte Nette", "inform", "places:Hörde/phone", K.PLACE_CONTACT, "Nette"),
    ("nicht Hörde, sondern Hafen", "inform", "places:Hörde", K.PLACE_CONTACT, "Hafen"),
    ("falsch, gemeint war Marten", "inform", "places:Wickede", K.PLACE_CONTACT, "Marten"),
    (
        "sorry ich meinte eigentlich eving",
        "district_contact",
        "places:Nette",
        K.PLACE_CONTACT,
        "Eving",
    ),
    ("nein, ich meinte @Hörde", "inform", "person:@Nette", K.PERSON_CONTACT, "@Hörde"),
    ("ich meinte den Walkingbus", "inform", "project:~Kohldampf", K.PROJECT_DETAIL, "~Walkingbus"),
    (
        "nicht nette sondern hörde",
        "project_search",
        "list:Nette",
        K.PROJECT_DETAIL,
        "~Fitte Frauen",
    ),
    ("Kohldampf", "inform", "", K.PROJECT_DETAIL, "~Kohldampf"),
    ("sportpaten", "inform", "await:project", K.PROJECT_DETAIL, "~Sportpaten"),
    ("Senioren", "inform", "", K.PROJECT_LIST, "*"),
    ("Schwerpunkt 2", "inform", "", K.TOPIC, "topic:2"),
    # --- picks from the last list -------------------------------------------------------
    ("der zweite", "inform", "list:Senioren", K.PROJECT_DETAIL, "pick:2"),
    ("Nummer 1", "inform", "list:Senioren", K.PROJECT_DETAIL, "pick:1"),
    ("die nummer drei bitte", "inform", "list:Jugendliche", K.PROJECT_DETAIL, "pick:3"),
    ("das erste", "project_detail", "list:Jugendliche", K.PROJECT_DETAIL, "pick:1"),
    ("den letzten", "inform", "list:Jugendliche", K.PROJECT_DETAIL, "pick:-1"),
    ("die dritte davon", "project_detail", "list:Kinder", K.PROJECT_DETAIL, "pick:3"),
    ("nr 2", "project_search", "list:Kinder", K.PROJECT_DETAIL, "pick:2"),
    ("Nummer vier", "inform", "list:Jugendliche@3", K.PROJECT_DETAIL, "pick:4"),
    ("der erste", "inform", "list:Jugendliche@3", K.PROJECT_DETAIL, "pick:4"),
    ("Nummer 5", "inform", "list:Jugendliche", K.PROJECT_DETAIL, "pick:5"),
    ("Nummer 40", "inform", "list:Senioren", K.NO_SUCH_NUMBER, ""),
    (
        "zurück zu den Senioren: das erste",
        "inform",
        "list:Jugendliche",
        K.PROJECT_DETAIL,
        "pick:1:Senioren",
    ),
    ("der zweite", "inform", "", K.FALLBACK, ""),
    # --- more ------------------------------------------------------------------------------
    ("mehr", "project_search", "list:Jugendliche", K.PROJECT_LIST, "*"),
    ("habt ihr noch weitere?", "project_search", "list:Jugendliche", K.PROJECT_LIST, "*"),
    ("gibt es noch mehr?", "project_search", "list:Kinder", K.PROJECT_LIST, "*"),
    ("zeig die nächsten", "project_search", "list:Kinder", K.PROJECT_LIST, "*"),
    ("mehr", "project_search", "", K.ASK_PROJECT, ""),
    ("mehr", "project_search", "list:Senioren@99", K.NO_MORE, ""),
    # --- one project -------------------------------------------------------------------------
    (
        "Was soll der Walkingbus eigentlich bringen?",
        "project_detail",
        "",
        K.PROJECT_DETAIL,
        "~Walkingbus",
    ),
    ("Was ist Kohldampf?", "project_detail", "", K.PROJECT_DETAIL, "~Kohldampf"),
    ("erzähl mir was über die sportpaten", "project_search", "", K.PROJECT_DETAIL, "~Sportpaten"),
    ("gibt es den walkingbus noch", "project_search", "", K.PROJECT_DETAIL, "~Walkingbus"),
    ("was machen die stadtteilmütter", "project_detail", "", K.PROJECT_DETAIL, "~Stadtteilmütter"),
    ("Was ist das Windelcafe?", "nlu_fallback", "", K.PROJECT_DETAIL, "~Windel"),
    (
        "worum geht es bei den straßenkümmerern",
        "project_detail",
        "",
        K.PROJECT_DETAIL,
        "~Straßenkümmerer",
    ),
    ("was ist chill out", "project_detail", "", K.PROJECT_DETAIL, "~Chill out"),
    ("Infos zum blauen Haus", "project_detail", "", K.PROJECT_DETAIL, "~blaue Haus"),
    (
        "Was macht das Gründerinnenzentrum?",
        "project_detail",
        "",
        K.PROJECT_DETAIL,
        "~Gründerinnenzentrum",
    ),
    (
        "Nachbarschaftshelfer was ist das",
        "topic_overview",
        "",
        K.PROJECT_DETAIL,
        "~Nachbarschaftshelfer",
    ),
    (
        "Was ist das Ziel davon?",
        "project_detail",
        "project:~Kohldampf",
        K.PROJECT_DETAIL,
        "~Kohldampf",
    ),
    (
        "an wen richtet sich das?",
        "project_detail",
        "project:~Walkingbus",
        K.PROJECT_DETAIL,
        "~Walkingbus",
    ),
    (
        "welcher Schwerpunkt ist das?",
        "project_detail",
        "project:~Sportpaten",
        K.PROJECT_DETAIL,
        "~Sportpaten",
    ),
    (
        "wo findet das statt?",
        "project_detail",
        "project:~Sportpaten",
        K.PROJECT_DETAIL,
        "~Sportpaten",
    ),
    ("mehr dazu", "project_detail", "project:~Kohldampf", K.PROJECT_DETAIL, "~Kohldampf"),
    ("Was ist das Ziel davon?", "project_detail", "", K.ASK_PROJECT, ""),
    ("Was ist der Quantencomputer-Club?", "project_detail", "", K.PROJECT_UNKNOWN, ""),
    # --- searches ---------------------------------------------------------------------------
    ("Gibt es Angebote für Senioren?", "project_search", "", K.PROJECT_LIST, "*"),
    ("was gibt es für jugendliche", "project_search", "", K.PROJECT_LIST, "*"),
    ("Projekte für Kinder", "project_search", "", K.PROJECT_LIST, "*"),
    ("Was macht die Stadt für Jugendliche?", "project_detail", "", K.PROJECT_LIST, "*"),
    ("Projekte in Nette", "project_search", "", K.PROJECT_LIST, "*"),
    ("Was gibt es in Marten?", "project_search", "", K.PROJECT_NONE_IN_PLACES, "Marten"),
    # One project clearly fits (Schuldnerberatung): its detail, not a list (knowledge.ranking).
    ("Gibt es Hilfe bei Schulden?", "project_search", "", K.PROJECT_DETAIL, "~Quartiersmanagement"),
    ("Angebote in Huckarde", "project_search", "", K.NOT_A_PLACE, "?Huckarde"),
    ("Raumfahrt Quantencomputer", "project_search", "", K.PROJECT_NONE, ""),
    # A project's words, another need: nothing clearly fits (knowledge.ranking).
    (
        "Ich will ein Haus kaufen, gern ein blaues – was kostet sowas?",
        "project_search",
        "",
        K.PROJECT_NONE,
        "",
    ),
    ("gibt es Lesepaten für Grundschulkinder?", "project_search", "", K.PROJECT_NONE, ""),
    ("Welche Projekte gibt es?", "project_search", "", K.OVERVIEW, ""),
    ("Hilfe gegen Armut", "project_search", "", K.TOPIC, "topic:2"),
    ("Projekte im Schwerpunkt 3", "project_search", "", K.TOPIC, "topic:3"),
    (
        "Meine Nachbarin ist seit der Scheidung ganz allein und spricht kaum Deutsch, gibt es da "
        "was?",
        "project_search",
        "",
        K.PROJECT_LIST,
        "*",
    ),
    (
        "Unser Großer hat die Schule abgebrochen und hängt nur rum",
        "project_search",
        "",
        K.PROJECT_LIST,
        "*",
    ),
    (
        "eine nette Nachbarin hat mir von einem Sprachkurs erzählt",
        "project_search",
        "",
        K.PROJECT_LIST,
        "*",
    ),
    # --- the plan ----------------------------------------------------------------------------
    ("Wer hat den Aktionsplan gestartet?", "topic_overview", "", K.PLAN_FACT, "fact:initiator"),
    (
        "wer hat den aktionsplan ins leben gerufen",
        "project_office_contact",
        "",
        K.PLAN_FACT,
        "fact:initiator",
    ),
    ("Wie viele Leute haben mitgemacht?", "topic_overview", "", K.PLAN_FACT, "fact:participation"),
    ("Was ist ein Aktionsraum?", "district_list", "", K.PLAN_FACT, "fact:aktionsraeume"),
    ("Warum gerade diese 13 Gebiete?", "district_list", "", K.PLAN_FACT, "fact:aktionsraeume"),
    ("Wie viele Projekte gibt es?", "project_search", "", K.PLAN_FACT, "fact:projects"),
    ("was tut die stadt gegen armut", "topic_overview", "", K.PLAN_FACT, "fact:strategy"),
    (
        "Welche Schwerpunkte hat der Plan?",
        "topic_overview",
        "",
        K.PLAN_FACT,
        "fact:arbeitsschwerpunkte",
    ),
    ("Was ist der Aktionsplan?", "topic_overview", "", K.OVERVIEW, ""),
    ("Schwerpunkt Arbeitsplätze für Dortmund", "topic_overview", "", K.TOPIC, "topic:1"),
    # --- office, report, links, help --------------------------------------------------------
    ("Wie erreiche ich das Projektbüro?", "project_office_contact", "", K.OFFICE_CONTACT, ""),
    ("telefon projektbüro", "district_contact", "", K.OFFICE_CONTACT, ""),
    ("Wer macht den Sozialbericht?", "social_report", "", K.REPORT, ""),
    ("sozialstrukturatlas ansprechpartner", "district_contact", "", K.REPORT, ""),
    ("Wo finde ich mehr Informationen?", "links", "", K.LINKS, ""),
    ("Was kannst du?", "help", "", K.HELP, ""),
    # --- follow-ups that point back ------------------------------------------------------------
    (
        "für welche gebiete ist er sonst noch da",
        "district_contact",
        "places:Wickede",
        K.PERSON_CONTACT,
        "@Wickede",
    ),
    (
        "betreut die noch andere stadtteile",
        "district_contact",
        "places:Nordmarkt",
        K.PERSON_CONTACT,
        "@Nordmarkt",
    ),
    (
        "zu welchem schwerpunkt gehört das",
        "topic_overview",
        "project:~Kohldampf",
        K.PROJECT_DETAIL,
        "~Kohldampf",
    ),
    ("und wo ist das", "nlu_fallback", "project:~Sportpaten", K.PROJECT_DETAIL, "~Sportpaten"),
    (
        "wen frag ich da",
        "district_contact",
        "list:Alt-Scharnhorst",
        K.PLACE_CONTACT,
        "Alt-Scharnhorst",
    ),
    ("und in hörde?", "district_contact", "list:Nette", K.PROJECT_DETAIL, "~Fitte Frauen"),
    ("und in hörde?", "district_contact", "places:Nette", K.PLACE_CONTACT, "Hörde"),
    ("das dritte bitte", "inform", "overview", K.TOPIC, "topic:3"),
    (
        "welche projekte gibt es denn da",
        "project_search",
        "places:Alt-Scharnhorst",
        K.PROJECT_LIST,
        "*",
    ),
    # --- picks inside longer messages, yes/no about projects --------------------------------
    (
        "erzähl mir bitte mehr über das dritte projekt",
        "project_search",
        "list:Kinder",
        K.PROJECT_DETAIL,
        "pick:3",
    ),
    (
        "ok und das zweite angebot was macht das",
        "project_detail",
        "list:Senioren",
        K.PROJECT_DETAIL,
        "pick:2",
    ),
    # The first of the list for the whole message; its meaning ranks it a little
    # differently from the word "Jugendliche" alone (knowledge.ranking).
    (
        "nochmal zu den jugendlichen, das erste bitte",
        "project_search",
        "list:Senioren",
        K.PROJECT_DETAIL,
        "*",
    ),
    ("gibt es was für senioren", "project_search", "", K.PROJECT_LIST, "*", "yes"),
    ("gibt es was für raumfahrer", "project_search", "", K.PROJECT_NONE, "", "no"),
    ("gibt es projekte in marten", "project_search", "", K.PROJECT_NONE_IN_PLACES, "Marten", "no"),
    ("hat hörde einen ansprechpartner", "district_contact", "", K.PLACE_CONTACT, "Hörde", "yes"),
    # --- yes/no after a statement, and again for another place ---------------------------
    (
        "Wir sind nach Kirchlinde gezogen. Gehört das zum Aktionsplan?",
        "district_list",
        "",
        K.NOT_A_PLACE,
        "?Kirchlinde",
        "no",
    ),
    (
        "mein opa lebt in marten, ist das auch dabei?",
        "district_list",
        "",
        K.MEMBER,
        "Marten",
        "yes",
    ),
    ("ist der clarenberg auch ein aktionsraum", "district_list", "", K.MEMBER, "Clarenberg", "yes"),
    (
        "und lütgendortmund?",
        "district_contact",
        "member:Hörde",
        K.NOT_A_PLACE,
        "?Lütgendortmund",
        "no",
    ),
    ("und nette", "inform", "member:Hörde", K.MEMBER, "Nette", "yes"),
    ("und nette", "inform", "places:Hörde", K.PLACE_CONTACT, "Nette"),
    # --- everyday words of a title are no name of it ----------------------------------------
    (
        "Mein Sohn sucht eine Ausbildung und findet nichts.",
        "project_search",
        "",
        K.PROJECT_LIST,
        "*",
    ),
    (
        "Ich bin den ganzen Tag allein zu Hause und langweile mich.",
        "project_search",
        "",
        K.PROJECT_LIST,
        "*",
    ),
    (
        "Mein Vater wohnt in Alt-Scharnhorst im dritten Stock ohne Aufzug, gibt es Hilfe?",
        "project_search",
        "",
        K.PROJECT_LIST,
        "*",
        "yes",
    ),
    # --- a place or person named under another intent ---------------------------------------
    (
        "die kontaktdaten für wickede bitte",
        "project_office_contact",
        "",
        K.PLACE_CONTACT,
        "Wickede",
    ),
    ("Ich suche jemanden in Marten.", "project_search", "", K.PLACE_CONTACT, "Marten"),
    ("Unser Haus steht in Nette. Wen frage ich?", "inform", "", K.PLACE_CONTACT, "Nette"),
    (
        "ist die dame auch woanders zuständig",
        "district_list",
        "places:Hafen",
        K.PERSON_CONTACT,
        "@Hafen",
    ),
    (
        "in welchem stadtteil ist das",
        "project_detail",
        "project:~Sportpaten",
        K.PROJECT_DETAIL,
        "~Sportpaten",
    ),
    ("welche aktionsräume gibt es?", "district_list", "places:Hörde", K.DISTRICT_LIST, ""),
    (
        "Können Sie mir auch die anderen Stadtteile nennen?",
        "district_list",
        "places:Hörde",
        K.DISTRICT_LIST,
        "",
    ),
    (
        "haben hafen und nordmarkt dieselbe ansprechpartnerin?",
        "district_contact",
        "",
        K.SAME_PERSON,
        "Hafen, Nordmarkt",
        "yes",
    ),
    (
        "ist für hörde und nette der gleiche zuständig",
        "district_contact",
        "",
        K.SAME_PERSON,
        "Hörde, Nette",
        "no",
    ),
    (
        "das dritte projekt von vorhin bitte",
        "inform",
        "overview-after:Kinder",
        K.PROJECT_DETAIL,
        "pick:3",
    ),
    ("warum gerade diese gebiete", "district_list", "", K.PLAN_FACT, "fact:aktionsraeume"),
    (
        "hat er auch andere gebiete",
        "district_contact",
        "places:Marten",
        K.PERSON_CONTACT,
        "@Marten",
        "no",
    ),
    (
        "hat sie noch andere gebiete",
        "district_contact",
        "places:Hafen",
        K.PERSON_CONTACT,
        "@Hafen",
        "yes",
    ),
    # --- an unclear message ------------------------------------------------------------------
    ("asdfgh", "nlu_fallback", "", K.FALLBACK, ""),
    ("hilft nicht", "feedback_unhelpful", "", K.FALLBACK, ""),
    ("Merhaba, nasılsın?", "nlu_fallback", "", K.FALLBACK, ""),
]


@pytest.fixture(scope="module")
def resolve(kb: KnowledgeBase):
    """Resolves the table's notation against the knowledge base."""
    return Notation(kb)


class Notation:
    """The small notation of the table (see the module docstring)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def places(self, spec: str) -> tuple[str, ...]:
        found = tuple(d.name for d in self.kb.find_districts(spec).items)
        assert found, f"bad row: no Aktionsraum for {spec!r}"
        return found

    def person(self, spec: str) -> str:
        (place,) = self.places(spec.lstrip("@"))[:1]
        return next(d.contact.name for d in self.kb.districts() if d.name == place)

    def project(self, spec: str) -> int:
        found = self.kb.find_project(spec.lstrip("~")).items
        assert len(found) == 1, f"bad row: {spec!r} finds {len(found)} projects"
        return found[0].number

    def listed(self, word: str) -> tuple[int, ...]:
        return tuple(p.number for p in self.search(word).projects)

    def search(self, word: str) -> Decision:
        decision = decide(read_text(self.kb, word, intent="project_search"), Focus(), self.kb)
        assert decision.kind is Kind.PROJECT_LIST, f"bad row: {word!r} lists nothing"
        return decision

    def focus(self, spec: str) -> Focus:
        kind, _, value = spec.partition(":")
        if kind == "places":
            place, _, detail = value.partition("/")
            return Focus(Subject.PLACES, places=self.places(place),
                         details=(detail,) if detail else ())  # fmt: skip
        if kind == "person":
            return Focus(Subject.PERSON, person=self.person(value))
        if kind == "project":
            return Focus(Subject.PROJECT, project=self.project(value))
        if kind == "list":
            word, _, start = value.partition("@")
            found = self.search(word)
            return Focus(Subject.PROJECT, projects=tuple(p.number for p in found.projects),
                         start=int(start or 0), query=found.query)  # fmt: skip
        if kind == "member":
            return Focus(Subject.PLACES, places=self.places(value), question=MEMBERSHIP)
        if kind == "overview-after":
            listed = self.focus(f"list:{value}")
            return listed.but(subject=Subject.PLAN, query=ListQuery(TOPICS_LISTED))
        if kind == "overview":
            return Focus(Subject.PLAN, query=ListQuery(TOPICS_LISTED))
        if kind == "await":
            return Focus(awaiting=Awaiting.PLACE if value == "place" else Awaiting.PROJECT)
        return Focus(subject=kind) if kind else Focus()

    def text(self, text: str) -> str:
        """ "@Nette" in a message stands for the name of the person (never typed here)."""
        words = [self.person(w) if w.startswith("@") else w for w in text.split(" ")]
        return " ".join(words)

    def referent(self, spec: str, focus: Focus) -> str:
        parts = []
        for item in [s.strip() for s in spec.split(",")] if spec else []:
            parts.append(self._one(item, focus))
        return ", ".join(parts)

    def _one(self, item: str, focus: Focus) -> str:
        if item.startswith("@"):
            return self.person(item)
        if item.startswith("~"):
            return f"#{self.project(item)}"
        if item.startswith("pick:"):
            _, position, *word = item.split(":")
            numbers = self.listed(word[0]) if word else focus.projects
            return f"#{numbers[int(position) - 1] if int(position) > 0 else focus.shown[-1]}"
        if item.startswith("fact:"):
            return item[5:]
        if item.startswith("topic:"):
            return f"Schwerpunkt {item[6:]}"
        if item.startswith("?"):
            return item[1:]
        return ", ".join(self.places(item))


def _row_id(row: tuple) -> str:
    return f"{row[1]}:{row[0][:40]}|{row[2]}"


@pytest.mark.parametrize("row", ROWS, ids=[_row_id(r) for r in ROWS])
def test_decision_table(row: tuple, resolve: Notation) -> None:
    text, intent, focus_spec, kind, referent, *answer = row
    focus = resolve.focus(focus_spec)
    turn = read_text(resolve.kb, resolve.text(text), intent=intent)
    decision: Decision = decide(turn, focus, resolve.kb)
    assert decision.kind is kind, f"{text!r}: {decision.kind} ({decision.referent})"
    if referent.startswith("first:"):
        assert decision.referent.split(", ")[0] == resolve.referent(referent[6:], focus), text
    elif referent != "*":
        assert decision.referent == resolve.referent(referent, focus), text
    if answer:
        assert decision.answer == answer[0], text


def test_the_table_is_large_enough() -> None:
    assert len(ROWS) >= 150

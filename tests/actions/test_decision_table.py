"""The decision function as a table: a message, its intent and the focus -> the answer.

Each row: text, NLU intent, focus, expected answer kind, expected rule (the
branch of ``decide`` that answers, see ``Decision.rule``), expected referent
(and, for yes/no questions, the expected "yes"/"no"). Focus and referents are
written in a small notation resolved against the knowledge base, so no fact
is typed here:

- focus: "" (none), "places:Hörde[/phone]", "person:@Nette" (the contact person
  of that place), "report-person:1" (the first person of the Sozialplanung), "project:~Walkingbus" (the project a title word finds),
  "list:Senioren[@3]" (the list a search for that word gives, page starting
  at 3), "office", "report", "member:Hörde", "overview", "overview-after:Kinder",
  "lists:Kinder>Senioren" (the list for Senioren shown after the one for Kinder),
  "contact-after:Jugendliche@Eving" (the contact of Eving asked after that list),
  "one:~Walkingbus" (a search's one result), "office-of:~Windel" (the Projektbüro given
  for that project), "topic:3[@6]" (the list of Schwerpunkt 3's projects[, page at 6]), "picked:Senioren#1" (the first of
  that list shown alone, the list kept), "choice:Sport" (its first page offered as "which one?").
- referent: a place as citizens name it ("Nordstadt" -> its Aktionsräume),
  "@Nette", "~Kohldampf", "pick:2" (the 2nd of the focus list), "fact:<key>",
  "topic:<n>", "?Brackel" (a place echoed as typed), "*" (not checked), "" (none).
"""

from __future__ import annotations

import pytest

from actions.decision import Decision, Kind, decide
from actions.focus import Focus, ListKind, ListQuery, Question, Subject
from actions.turn import read_text
from knowledge import KnowledgeBase
from knowledge.records import Role

K = Kind
# fmt: off
ROWS: list[tuple] = [
    # --- contacts of a place -------------------------------------------------------
    ("wer ist in hörde zuständig", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Hörde"),
    ("wer is in hoerde zustaendig", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Hörde"),
    ("Ansprechpartner Nordstadt", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Nordstadt"),
    ("wer hilft mir am borsigplatz", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Borsigplatz"),
    ("Kontakt Clarenberg", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Clarenberg"),
    ("wer ist für dorstfeld da", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Dorstfeld"),
    ("ansprechperson eving", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Eving"),
    ("Scharnhorst wer ist zuständig", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Scharnhorst"),
    ("wer kümmert sich um westerfilde", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Westerfilde"),
    ("Kemminghausen Ansprechpartnerin", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Kemminghausen"),
    ("lindenhorst kontakt", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Lindenhorst"),
    ("ich wohne in marten wen frag ich", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Marten"),
    ("wickede zuständig?", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Wickede"),
    ("Wer betreut den Nordmarkt?", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Nordmarkt"),
    ("wer ist fürs hafenviertel da", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Hafen"),
    ("Telefonnummer Nette", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Nette"),
    ("Durchwahl vom Aktionsraum Hafen", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Hafen"),
    ("mail adresse für bodelschwingh", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Bodelschwingh"),
    ("wie erreiche ich jemanden in alt-scharnhorst", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Alt-Scharnhorst"),
    ("wer ist in hörd zuständig", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Hörde"),
    ("contact person for Nette please", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Nette"),
    ("Name, Telefon und Mail für Marten bitte", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Marten"),
    ("Wer ist in Hörde zuständig?", "nlu_fallback", "", K.FALLBACK, "fallback", ""),
    ("telefon hörde", "nlu_fallback", "", K.PLACE_CONTACT, "fallback.place", "Hörde"),
    # --- places outside the plan, near misses, no place ---------------------------------
    ("wer ist in huckarde zuständig", "district_contact", "", K.NOT_A_PLACE, "contact>place.other", "?Huckarde"),
    ("Ansprechpartner Aplerbeck", "district_contact", "", K.NOT_A_PLACE, "contact>place.other", "?Aplerbeck"),
    ("Kontakt in Brackel", "district_contact", "", K.NOT_A_PLACE, "contact>place.other", "?Brackel"),
    ("wer ist in mengede zuständig", "district_contact", "", K.NOT_A_PLACE, "contact>place.other", "?Mengede"),
    ("kontakt evnig", "district_contact", "", K.SUGGEST_PLACES, "contact.near", "*"),
    ("wer ist in evnig zuständig", "district_contact", "project:~Walkingbus", K.SUGGEST_PLACES, "contact.near", "Eving"),
    ("wer ist zuständig", "district_contact", "", K.ASK_PLACE, "contact.ask_place", ""),
    ("ich brauche einen ansprechpartner", "district_contact", "", K.ASK_PLACE, "contact.ask_place", ""),
    ("Name, Telefon und Mail bitte", "district_contact", "", K.ASK_PLACE, "contact.ask_place", ""),
    ("An wen wende ich mich mit Fragen zu den Projekten?", "district_contact", "", K.OFFICE_CONTACT, "contact.projects", ""),
    # --- follow-ups on the focus -------------------------------------------------------
    ("und die telefonnummer?", "district_contact", "places:Hörde", K.PLACE_CONTACT, "contact.focus>focus.places", "Hörde"),
    ("wie lautet die nummer?", "district_contact", "places:Marten", K.PLACE_CONTACT, "contact.focus>focus.places", "Marten"),
    ("und die mail", "district_contact", "places:Nette", K.PLACE_CONTACT, "contact.focus>focus.places", "Nette"),
    ("Name, Telefon und Mail bitte", "district_contact", "places:Wickede", K.PLACE_CONTACT, "contact.focus>focus.places", "Wickede"),
    ("unter welcher nummer erreiche ich die?", "district_contact", "places:Hafen", K.PLACE_CONTACT, "contact.focus>focus.places", "Hafen"),
    ("und in nette?", "district_contact", "places:Hörde", K.PLACE_CONTACT, "contact>place", "Nette"),
    ("Und für Wickede?", "district_contact", "places:Hafen/phone", K.PLACE_CONTACT, "contact>place", "Wickede"),
    ("und ihre telefonnummer?", "district_contact", "person:@Nette", K.PERSON_CONTACT, "contact.focus>focus.person", "@Nette"),
    ("welche Gebiete hat sie noch?", "district_contact", "person:@Nette", K.PERSON_CONTACT, "contact.focus>focus.person", "@Nette"),
    ("seine mail bitte", "district_contact", "person:@Hörde", K.PERSON_CONTACT, "contact.focus>focus.person", "@Hörde"),
    # The other of the Sozialplanung's two people; a place's part after both Scharnhorsts.
    ("und der andere?", "project_search", "report-person:1", K.PERSON_CONTACT, "other_person", "*"),
    ("ost", "inform", "places:Scharnhorst", K.PLACE_CONTACT, "inform>bare.place_part", "Scharnhorst Ost"),
    # A contact asked after a contact keeps its answer, though it asks "wann".
    ("und wann kann ich dort anrufen?", "district_contact", "places:Hörde", K.PLACE_CONTACT, "contact.focus>focus.places", "Hörde"),
    ("Wann hat das Büro offen?", "district_contact", "places:Hörde", K.PLACE_CONTACT, "contact.focus>focus.places", "Hörde"),
    ("und die e-mail-adresse?", "district_contact", "office", K.OFFICE_CONTACT, "contact.focus>focus.office", ""),
    ("telefon?", "district_contact", "report", K.REPORT, "contact.focus>focus.report", ""),
    ("was steht da überhaupt drin?", "nlu_fallback", "report", K.REPORT, "follow_up.report", ""),
    ("wen kann ich da anrufen?", "district_contact", "project:~Walkingbus", K.OFFICE_CONTACT, "contact.focus>focus.project>project_contact.office", ""),
    ("wer ist da ansprechpartner", "district_contact", "project:~Evinger", K.PLACE_CONTACT, "contact.focus>focus.project>project_contact.places", "Eving"),
    ("und die nummer", "district_contact", "project:~Seniorenwohnungen", K.PLACE_CONTACT, "contact.focus>focus.project>project_contact.places", "Alt-Scharnhorst"),
    # A list found for a place said with the need: its contact is that place's, not the office's.
    ("telefon von dem herrn", "district_contact", "list:Kinder in Westerfilde", K.PLACE_CONTACT, "contact.focus>focus.list_places", "Westerfilde"),
    ("А кто там контактное лицо?", "district_contact", "list:Kinder in Westerfilde", K.PLACE_CONTACT, "contact.focus>focus.list_places", "Westerfilde"),
    # --- people --------------------------------------------------------------------------
    ("wie erreiche ich @Hörde", "district_contact", "", K.PERSON_CONTACT, "contact.person", "@Hörde"),
    ("telefon von @Nette", "district_contact", "", K.PERSON_CONTACT, "contact.person", "@Nette"),
    ("für welche Gebiete ist @Wickede zuständig?", "district_contact", "", K.PERSON_CONTACT, "contact.person", "@Wickede"),
    ("@Marten", "inform", "", K.PERSON_CONTACT, "inform>bare.person", "@Marten"),
    ("mail an @Hafen", "district_contact", "", K.PERSON_CONTACT, "contact.person", "@Hafen"),
    ("In welchen Stadtteilen arbeitet @Eving?", "district_list", "", K.PERSON_CONTACT, "district_list.person", "@Eving"),
    ("ist @Wickede auch für Alt-Scharnhorst zuständig?", "district_contact", "", K.PERSON_SERVES, "yes_no.person_serves", "Alt-Scharnhorst, @Wickede", "yes"),
    ("ist @Wickede auch für Nette zuständig?", "district_contact", "", K.PERSON_SERVES, "yes_no.person_serves", "Nette, @Wickede", "no"),
    ("ist sie auch für Nordmarkt zuständig?", "district_contact", "person:@Hafen", K.PERSON_SERVES, "yes_no.person_serves", "Nordmarkt, @Hafen", "yes"),
    ("ist er auch für Hörde zuständig?", "district_contact", "person:@Nette", K.PERSON_SERVES, "yes_no.person_serves", "Hörde, @Nette", "no"),
    # --- membership, yes/no --------------------------------------------------------------
    ("Gehört Brackel auch dazu?", "district_list", "", K.NOT_A_PLACE, "yes_no.not_a_place", "?Brackel", "no"),
    ("Ist Aplerbeck ein Aktionsraum?", "district_list", "", K.NOT_A_PLACE, "yes_no.not_a_place", "?Aplerbeck", "no"),
    ("ist huckarde dabei", "district_list", "", K.NOT_A_PLACE, "yes_no.not_a_place", "?Huckarde", "no"),
    ("Gehört Hombruch zum Aktionsplan?", "district_contact", "", K.NOT_A_PLACE, "yes_no.not_a_place", "?Hombruch", "no"),
    ("zählt mengede auch dazu?", "nlu_fallback", "", K.NOT_A_PLACE, "yes_no.not_a_place", "?Mengede", "no"),
    ("Ist Hörde ein Aktionsraum?", "district_list", "", K.MEMBER, "yes_no.member", "Hörde", "yes"),
    ("Gehört die Nordstadt dazu?", "district_list", "", K.MEMBER, "yes_no.member", "Nordstadt", "yes"),
    ("ist wickede auch dabei?", "district_list", "", K.MEMBER, "yes_no.member", "Wickede", "yes"),
    ("gehört eving zum aktionsplan", "topic_overview", "", K.MEMBER, "yes_no.member", "Eving", "yes"),
    ("Ist Westerfilde auch ein Aktionsraum?", "inform", "", K.MEMBER, "yes_no.member", "Westerfilde", "yes"),
    ("Welche Aktionsräume gibt es?", "district_list", "", K.DISTRICT_LIST, "district_list", ""),
    ("Welche Viertel zählen als Aktionsräume?", "district_list", "", K.DISTRICT_LIST, "district_list", ""),
    ("liste der stadtteile", "district_list", "", K.DISTRICT_LIST, "district_list", ""),
    ("in welchen gebieten gibt es das", "district_list", "", K.DISTRICT_LIST, "district_list", ""),
    # --- bare answers and corrections ---------------------------------------------------
    ("hörde", "inform", "", K.PLACE_CONTACT, "inform>bare.place", "Hörde"),
    ("in der nordstadt", "inform", "", K.PLACE_CONTACT, "inform>bare.place", "Nordstadt"),
    ("Huckarde", "inform", "", K.NOT_A_PLACE, "inform>bare>place.other", "?Huckarde"),
    ("evnig", "inform", "", K.SUGGEST_PLACES, "inform>bare.near", "*"),
    ("ach nein, ich meinte Nette", "inform", "places:Hörde/phone", K.PLACE_CONTACT, "correction>bare.place", "Nette"),
    ("nicht Hörde, sondern Hafen", "inform", "places:Hörde", K.PLACE_CONTACT, "correction>bare.place", "Hafen"),
    ("falsch, gemeint war Marten", "inform", "places:Wickede", K.PLACE_CONTACT, "correction>bare.place", "Marten"),
    ("sorry ich meinte eigentlich eving", "district_contact", "places:Nette", K.PLACE_CONTACT, "correction>bare.place", "Eving"),
    # A negation after the correction's fillers ("ach nicht ...") and "meinte" alone correct too.
    ("ach nicht hörde, brackel. sie ist nach brackel gezogen", "inform", "places:Hörde", K.NOT_A_PLACE, "correction>bare>place.other", "?Brackel"),
    ("sorry, meinte Bodelschwingh", "inform", "member:Hörde", K.MEMBER, "correction>yes_no.member", "Bodelschwingh", "yes"),
    ("nein, ich meinte @Hörde", "inform", "person:@Nette", K.PERSON_CONTACT, "correction>bare.person", "@Hörde"),
    ("ich meinte den Walkingbus", "inform", "project:~Kohldampf", K.PROJECT_DETAIL, "correction>bare.project", "~Walkingbus"),
    ("nicht nette sondern hörde", "project_search", "list:Nette", K.PROJECT_DETAIL, "correction>bare.list_again>search.places.one", "~Fitte Frauen"),
    ("Kohldampf", "inform", "", K.PROJECT_DETAIL, "inform>bare.search>search.words.one", "~Kohldampf"),
    ("Senioren", "inform", "", K.PROJECT_LIST, "inform>bare.search>search.words", "*"),
    ("Schwerpunkt 2", "inform", "", K.TOPIC, "inform>bare.topic", "topic:2"),
    # --- picks from the last list -------------------------------------------------------
    ("der zweite", "inform", "list:Senioren", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:2"),
    ("Nummer 1", "inform", "list:Senioren", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:1"),
    ("die nummer drei bitte", "inform", "list:Jugendliche", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:3"),
    ("das erste", "project_detail", "list:Jugendliche", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:1"),
    ("den letzten", "inform", "list:Jugendliche", K.PROJECT_DETAIL, "pick_only>pick.last", "pick:-1"),
    ("die dritte davon", "project_detail", "list:Kinder", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:3"),
    ("nr 2", "project_search", "list:Kinder", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:2"),
    ("Nummer vier", "inform", "list:Jugendliche@3", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:4"),
    ("der erste", "inform", "list:Jugendliche@3", K.PROJECT_DETAIL, "pick_only>pick.of_page", "pick:4"),
    ("Nummer 5", "inform", "list:Jugendliche", K.PROJECT_DETAIL, "pick_only>pick.of_list", "pick:5"),
    ("Nummer 40", "inform", "list:Senioren", K.NO_SUCH_NUMBER, "pick_only>pick.no_such_number", ""),
    ("zurück zu den Senioren: das erste", "inform", "list:Jugendliche", K.PROJECT_DETAIL, "loose_pick.search>pick.on_page", "pick:1:Senioren"),
    ("der zweite", "inform", "", K.FALLBACK, "inform>bare.nothing", ""),
    # --- more ------------------------------------------------------------------------------
    ("mehr", "project_search", "list:Jugendliche", K.PROJECT_LIST, "more>page.next", "*"),
    ("habt ihr noch weitere?", "project_search", "list:Jugendliche", K.PROJECT_LIST, "more>page.next", "*"),
    ("gibt es noch mehr?", "project_search", "list:Kinder", K.PROJECT_LIST, "more>page.next", "*"),
    ("zeig die nächsten", "project_search", "list:Kinder", K.PROJECT_LIST, "more>page.next", "*"),
    ("mehr", "project_search", "", K.ASK_PROJECT, "project_search.more>page.no_list", ""),
    ("mehr", "project_search", "list:Senioren@99", K.PROJECT_RELATED, "more>page.related", "*"),
    # --- one project -------------------------------------------------------------------------
    ("Was soll der Walkingbus eigentlich bringen?", "project_detail", "", K.PROJECT_DETAIL, "named_project", "~Walkingbus"),
    ("Was ist Kohldampf?", "project_detail", "", K.PROJECT_DETAIL, "project_detail.clear_lead", "~Kohldampf"),
    ("erzähl mir was über die sportpaten", "project_search", "", K.PROJECT_DETAIL, "named_project", "~Sportpaten"),
    ("gibt es den walkingbus noch", "project_search", "", K.PROJECT_DETAIL, "named_project", "~Walkingbus"),
    ("was machen die stadtteilmütter", "project_detail", "", K.PROJECT_DETAIL, "named_project", "~Stadtteilmütter"),
    ("Was ist das Windelcafe?", "nlu_fallback", "", K.PROJECT_DETAIL, "named_project", "~Windel"),
    ("worum geht es bei den straßenkümmerern", "project_detail", "", K.PROJECT_DETAIL, "named_project", "~Straßenkümmerer"),
    ("was ist chill out", "project_detail", "", K.PROJECT_DETAIL, "named_project", "~Chill out"),
    ("Infos zum blauen Haus", "project_detail", "", K.PROJECT_DETAIL, "named_project", "~blaue Haus"),
    ("Was macht das Gründerinnenzentrum?", "project_detail", "", K.PROJECT_DETAIL, "named_project", "~Gründerinnenzentrum"),
    ("Nachbarschaftshelfer was ist das", "topic_overview", "", K.PROJECT_DETAIL, "named_project", "~Nachbarschaftshelfer"),
    ("Was ist das Ziel davon?", "project_detail", "project:~Kohldampf", K.PROJECT_DETAIL, "follow_up.project", "~Kohldampf"),
    ("an wen richtet sich das?", "project_detail", "project:~Walkingbus", K.PROJECT_DETAIL, "follow_up.project", "~Walkingbus"),
    ("welcher Schwerpunkt ist das?", "project_detail", "project:~Sportpaten", K.PROJECT_DETAIL, "follow_up.project", "~Sportpaten"),
    ("wo findet das statt?", "project_detail", "project:~Sportpaten", K.PROJECT_DETAIL, "follow_up.where", "~Sportpaten"),
    ("mehr dazu", "project_detail", "project:~Kohldampf", K.PROJECT_DETAIL, "project_detail.follow_up", "~Kohldampf"),
    # Where a project the page places nowhere takes place: said plainly, not its detail again.
    ("wo gibts den", "nlu_fallback", "project:~Straßenkümmerer", K.FALLBACK, "follow_up.where.not_said", "~Straßenkümmerer"),
    ("un wo", "nlu_fallback", "project:~Maßnahmenkatalog", K.FALLBACK, "follow_up.where.not_said", "~Maßnahmenkatalog"),
    ("in welchem stadtteil liegen die?", "district_list", "project:~Schulfrühstück", K.FALLBACK, "follow_up.where.not_said", "~Schulfrühstück"),
    ("أين هذا المكان؟", "nlu_fallback", "project:~Windel", K.FALLBACK, "follow_up.where.not_said", "~Windel"),
    ("where is it?", "nlu_fallback", "project:~Kohldampf", K.FALLBACK, "follow_up.where.not_said", "~Kohldampf"),
    ("wo ist das?", "nlu_fallback", "list:Senioren", K.PROJECT_DETAIL, "follow_up.where", "~Ausbau der Serviceangebote"),
    # What the page does not say, asked of the talk's places, plan or a project just listed.
    ("Was kostet eigentlich ein Busticket?", "out_of_scope", "list:Kinder", K.OUT_OF_SCOPE, "out_of_scope", ""),
    ("kostet geld?", "out_of_scope", "places:Nordstadt", K.FALLBACK, "follow_up.not_said", ""),
    ("Träger und Öffnungszeiten vom Windel-Cafe?", "project_detail", "project:~Windel", K.FALLBACK, "follow_up.not_said", ""),
    # A question pointing to the project or list shown ("da") that no detail of the page answers.
    ("Kann unsere Schule da auch mitmachen?", "project_office_contact", "list:Frühstück", K.FALLBACK, "follow_up.not_said.pointed", ""),
    ("Bekomme ich da Startkapital oder einen Kredit?", "nlu_fallback", "project:~Gründerinnenzentrum", K.FALLBACK, "follow_up.not_said.pointed", ""),
    ("können wir da mit der ganzen klasse hin?", "project_detail", "list:Kinder", K.FALLBACK, "follow_up.not_said.pointed", ""),
    ("wie kann ich mich da bewerben", "nlu_fallback", "project:~Hochschulen", K.FALLBACK, "follow_up.not_said.pointed", ""),
    ("gibt es da auch was für senioren?", "project_search", "project:~Walkingbus", K.PROJECT_LIST, "project_search>search.words", "*"),
    # A detail of the offer shown that no page gives (when, what age, which days, which ones).
    ("ab wann darf mein sohn da mitmachen?", "project_detail", "project:~Forschungshaus", K.FALLBACK, "follow_up.not_said", ""),
    ("an welchen wochentagen trifft man sich?", "project_detail", "project:~Fitte Frauen", K.FALLBACK, "follow_up.not_said", ""),
    ("um wie viel uhr fängt der morgens an", "out_of_scope", "project:~Walkingbus", K.FALLBACK, "follow_up.not_said", ""),
    ("welche schulhöfe genau", "project_detail", "project:~Schulhöfen", K.FALLBACK, "follow_up.not_said", ""),
    ("what time does it start?", "nlu_fallback", "project:~Walkingbus", K.FALLBACK, "follow_up.not_said", ""),
    ("hangi günlerde yapılıyor?", "nlu_fallback", "project:~Stadtteilmütter", K.FALLBACK, "follow_up.not_said", ""),
    ("с какого возраста туда можно?", "project_detail", "project:~Forschungshaus", K.FALLBACK, "follow_up.not_said", ""),
    ("czy trzeba się tam zapisać?", "out_of_scope", "project:~Windel", K.FALLBACK, "follow_up.not_said", ""),
    # A need told with a place and "im Aktionsplan etwas": an offer asked, not the place's membership.
    ("Ich arbeite als Erzieherin in Hörde und viele Kinder kommen morgens ohne Frühstück in die Kita. Gibt es im Aktionsplan etwas dagegen?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # Another language's errand told in a long sentence: the city's portal, not "no project".
    ("Am nevoie de o programare la primărie ca să-mi reînnoiesc pașaportul, unde pot face asta?", "project_search", "", K.OUT_OF_SCOPE, "project_search>search.words>errand", ""),
    # A person asked for beside a complaint: the Projektbüro, not a search for the complaint's words.
    ("das hilft mir nix, ich möchte mit einer echten person sprechen", "bot_challenge", "project:~Quartiersmanagement", K.HUMAN, "human", ""),
    # The plan's overview asked for a group: the group's projects; for a Schwerpunkt, the overview.
    ("Was tut der Aktionsplan für Senioren?", "topic_overview", "", K.PROJECT_LIST, "topic_overview.groups>search.words", "*"),
    ("Welche Schwerpunkte hat der Plan für Kinder?", "topic_overview", "", K.OVERVIEW, "topic_overview", ""),
    # An apology for one's German is an aside (the focus stays); with a question or a need, that is answered.
    ("sorry mein deutsch ist nicht so gut", "project_search", "places:Hörde", K.LANGUAGE_OK, "language_apology", ""),
    ("Przepraszam, słabo mówię po niemiecku", "out_of_scope", "project:~Windel", K.LANGUAGE_OK, "language_apology", ""),
    ("извините, я плохо пишу по-немецки", "nlu_fallback", "list:Senioren", K.LANGUAGE_OK, "language_apology", ""),
    ("ich spreche kaum deutsch, wer hilft mir in nette?", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Nette"),
    ("ich spreche wenig deutsch und suche einen kurs", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # A remark about one's day in a talk is noted and the focus stays; one that asks, names a
    # project or tells a need, or says where one lives (a list narrowed), is answered.
    ("bin grad im Bus nach Hörde, Empfang ist schlecht", "out_of_scope", "project:~Windel", K.ASIDE, "aside", ""),
    ("hab grad Speck gebraten fürs Frühstück", "project_search", "project:~Kohldampf", K.ASIDE, "aside", ""),
    ("stehe grad im stau haha", "nlu_fallback", "places:Hafen", K.ASIDE, "aside", ""),
    ("danke, mein Sohn geht übrigens in Eving zur Schule", "project_search", "places:Hörde", K.THANK, "aside", ""),
    ("thanks, I'm on the bus to Marten today, bad signal", "nlu_fallback", "places:Hafen", K.THANK, "aside", ""),
    ("übrigens, wer ist in Eving zuständig?", "district_contact", "places:Hafen", K.PLACE_CONTACT, "contact>place", "Eving"),
    ("mein Sohn hängt übrigens auch nur rum", "project_search", "project:~Kohldampf", K.PROJECT_LIST, "project_search>search.words", "*"),
    # Where the project shown is, asked with "Adresse" or "Straße"; a number asked beside "egal".
    ("wo is das genau, adresse?", "project_detail", "project:~Forschungshaus", K.FALLBACK, "follow_up.where.not_said", "~Forschungshaus"),
    ("na egal, dann gib mir halt die nummer", "nlu_fallback", "places:Hafen", K.PLACE_CONTACT, "details>focus.places", "Hafen"),
    # Something like the project shown alone: its Schwerpunkt's projects nearest to it.
    ("gibt es noch was ähnliches?", "project_search", "project:~Walkingbus", K.PROJECT_LIST, "similar", "*"),
    ("anything similar for him?", "nlu_fallback", "project:~Mentoring", K.PROJECT_LIST, "similar", "*"),
    ("ähnliche angebote für senioren?", "project_search", "project:~Walkingbus", K.PROJECT_LIST, "project_search>search.words", "*"),
    # A correction to oneself keeps the list's need for the writer.
    ("nein nicht für sie, für mich, ich bin der vater", "project_search", "list:Deutschkurs", K.PROJECT_LIST, "correction.person", "*"),
    ("welche Zielgruppe hat der Walkingbus?", "project_detail", "project:~Walkingbus", K.PROJECT_DETAIL, "named_project", "~Walkingbus"),
    ("welche Projekte gibt es noch für Kinder?", "project_search", "project:~Walkingbus", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("Was ist das Ziel davon?", "project_detail", "", K.ASK_PROJECT, "project_detail.ask", ""),
    ("Was ist der Quantencomputer-Club?", "project_detail", "", K.PROJECT_UNKNOWN, "project_detail.unknown", ""),
    # --- searches ---------------------------------------------------------------------------
    ("Gibt es Angebote für Senioren?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("was gibt es für jugendliche", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("Projekte für Kinder", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("Was macht die Stadt für Jugendliche?", "project_detail", "", K.PROJECT_LIST, "project_detail.named>search.words", "*"),
    ("Projekte in Nette", "project_search", "", K.PROJECT_LIST, "project_search>search.places", "*"),
    ("Was gibt es in Marten?", "project_search", "", K.PROJECT_NONE_IN_PLACES, "project_search>search.none_in_places", "Marten"),
    # One project clearly fits (Schuldnerberatung): its detail, not a list (knowledge.ranking).
    ("Gibt es Hilfe bei Schulden?", "project_search", "", K.PROJECT_DETAIL, "project_search>search.words.one", "~Quartiersmanagement"),
    ("Angebote in Huckarde", "project_search", "", K.NOT_A_PLACE, "project_search>search.other_place", "?Huckarde"),
    # A need at a place the page places no project at: said first, then what fits anywhere.
    ("Gibt es Angebote für Kinder in Marten?", "project_search", "", K.PROJECT_UNPLACED, "project_search>search.words.unplaced", "*"),
    ("gibt es da was für mütter?", "project_search", "places:Hafen", K.PROJECT_UNPLACED, "project_search.there>search.words.unplaced", "*"),
    ("Raumfahrt Quantencomputer", "project_search", "", K.PROJECT_NONE, "project_search>search.none", ""),
    # A short question whose words match, though its meaning alone is not clear enough.
    ("Angebote für Opa", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("Ich fühle mich einsam.", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # A project's words, another need: nothing clearly fits (knowledge.ranking).
    ("Ich will ein Haus kaufen, gern ein blaues – was kostet sowas?", "project_search", "", K.OUT_OF_SCOPE, "project_search>search.none>errand", ""),
    # errands and city services in another language: its lexicon's errand phrases, not a place's contact
    # an errand whose only noun is a place (typed in lower case: no things read)
    ("wo gibts in der nordstadt die billigsten sneaker", "nlu_fallback", "", K.OUT_OF_SCOPE, "fallback>errand", ""),
    ("wo kann man am borsigplatz billig ein handy reparieren lassen", "nlu_fallback", "", K.OUT_OF_SCOPE, "fallback.place>errand", ""),
    ("When is the rubbish collected in Marten?", "district_contact", "", K.OUT_OF_SCOPE, "contact>place>errand", ""),
    ("Kimlik kartımı nerede yenileyebilirim?", "district_contact", "", K.OUT_OF_SCOPE, "contact.ask_place>errand", ""),
    ("Где в Дортмунде можно дёшево купить подгузники?", "social_report", "", K.OUT_OF_SCOPE, "social_report>errand", ""),
    ("gibt es Lesepaten für Grundschulkinder?", "project_search", "", K.PROJECT_NONE, "project_search>search.none", ""),
    ("Welche Projekte gibt es?", "project_search", "", K.OVERVIEW, "project_search.overview", ""),
    ("Hilfe gegen Armut", "project_search", "", K.TOPIC, "project_search>search.topic", "topic:2"),
    ("Projekte im Schwerpunkt 3", "project_search", "", K.TOPIC, "project_search.topic", "topic:3"),
    ("Meine Nachbarin ist seit der Scheidung ganz allein und spricht kaum Deutsch, gibt es da " "was?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("Unser Großer hat die Schule abgebrochen und hängt nur rum", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("eine nette Nachbarin hat mir von einem Sprachkurs erzählt", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # --- the plan ----------------------------------------------------------------------------
    ("Wer hat den Aktionsplan gestartet?", "topic_overview", "", K.PLAN_FACT, "plan.fact", "fact:initiator"),
    ("wer hat den aktionsplan ins leben gerufen", "project_office_contact", "", K.PLAN_FACT, "plan.fact", "fact:initiator"),
    ("Wie viele Leute haben mitgemacht?", "topic_overview", "", K.PLAN_FACT, "plan.fact", "fact:participation"),
    ("Was ist ein Aktionsraum?", "district_list", "", K.PLAN_FACT, "plan.fact", "fact:aktionsraeume"),
    ("Warum gerade diese 13 Gebiete?", "district_list", "", K.PLAN_FACT, "plan.fact", "fact:aktionsraeume"),
    ("Wie viele Projekte gibt es?", "project_search", "", K.PLAN_FACT, "plan.fact", "fact:projects"),
    ("was tut die stadt gegen armut", "topic_overview", "", K.PLAN_FACT, "plan.fact", "fact:strategy"),
    ("Welche Schwerpunkte hat der Plan?", "topic_overview", "", K.PLAN_FACT, "plan.fact", "fact:arbeitsschwerpunkte"),
    ("Was ist der Aktionsplan?", "topic_overview", "", K.OVERVIEW, "topic_overview", ""),
    ("Schwerpunkt Arbeitsplätze für Dortmund", "topic_overview", "", K.TOPIC, "topic_overview.topic", "topic:1"),
    # --- office, report, links, help --------------------------------------------------------
    ("Wie erreiche ich das Projektbüro?", "project_office_contact", "", K.OFFICE_CONTACT, "office", ""),
    ("telefon projektbüro", "district_contact", "", K.OFFICE_CONTACT, "contact.office", ""),
    ("Wer macht den Sozialbericht?", "social_report", "", K.REPORT, "social_report", ""),
    ("sozialstrukturatlas ansprechpartner", "district_contact", "", K.REPORT, "contact.report", ""),
    ("Wo finde ich mehr Informationen?", "links", "", K.LINKS, "links", ""),
    ("Was kannst du?", "help", "", K.HELP, "help", ""),
    # --- follow-ups that point back ------------------------------------------------------------
    ("für welche gebiete ist er sonst noch da", "district_contact", "places:Wickede", K.PERSON_CONTACT, "contact.focus>focus.person", "@Wickede"),
    ("betreut die noch andere stadtteile", "district_contact", "places:Nordmarkt", K.PERSON_CONTACT, "contact.focus>focus.person", "@Nordmarkt"),
    ("zu welchem schwerpunkt gehört das", "topic_overview", "project:~Kohldampf", K.PROJECT_DETAIL, "follow_up.project", "~Kohldampf"),
    ("und wo ist das", "nlu_fallback", "project:~Sportpaten", K.PROJECT_DETAIL, "follow_up.where", "~Sportpaten"),
    ("wen frag ich da", "district_contact", "list:Alt-Scharnhorst", K.PLACE_CONTACT, "contact.focus>focus.list_places", "Alt-Scharnhorst"),
    ("und in hörde?", "district_contact", "list:Nette", K.PROJECT_DETAIL, "contact.list_again>search.places.one", "~Fitte Frauen"),
    ("und in hörde?", "district_contact", "places:Nette", K.PLACE_CONTACT, "contact>place", "Hörde"),
    ("das dritte bitte", "inform", "overview", K.TOPIC, "pick_only.topic", "topic:3"),
    ("welche projekte gibt es denn da", "project_search", "places:Alt-Scharnhorst", K.PROJECT_LIST, "project_search.there>search.places", "*"),
    # --- picks inside longer messages, yes/no about projects --------------------------------
    ("erzähl mir bitte mehr über das dritte projekt", "project_search", "list:Kinder", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:3"),
    ("ok und das zweite angebot was macht das", "project_detail", "list:Senioren", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:2"),
    ("nochmal zu den jugendlichen, das erste bitte", "project_search", "list:Senioren", K.PROJECT_DETAIL, "loose_pick.search>pick.on_page", "*"),  # its meaning ranks the list a little differently
    ("gibt es was für senioren", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    ("gibt es was für raumfahrer", "project_search", "", K.PROJECT_NONE, "project_search>search.none>lacking", "", "no"),
    ("gibt es projekte in marten", "project_search", "", K.PROJECT_NONE_IN_PLACES, "project_search>search.none_in_places", "Marten", "no"),
    ("hat hörde einen ansprechpartner", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Hörde", "yes"),
    # --- yes/no after a statement, and again for another place ---------------------------
    ("Wir sind nach Kirchlinde gezogen. Gehört das zum Aktionsplan?", "district_list", "", K.NOT_A_PLACE, "yes_no.not_a_place", "?Kirchlinde", "no"),
    ("mein opa lebt in marten, ist das auch dabei?", "district_list", "", K.MEMBER, "yes_no.member", "Marten", "yes"),
    ("ist der clarenberg auch ein aktionsraum", "district_list", "", K.MEMBER, "yes_no.member", "Clarenberg", "yes"),
    ("und lütgendortmund?", "district_contact", "member:Hörde", K.NOT_A_PLACE, "yes_no.not_a_place", "?Lütgendortmund", "no"),
    ("und nette", "inform", "member:Hörde", K.MEMBER, "yes_no.member", "Nette", "yes"),
    ("und nette", "inform", "places:Hörde", K.PLACE_CONTACT, "inform>bare.place", "Nette"),
    # --- everyday words of a title are no name of it ----------------------------------------
    ("Mein Sohn sucht eine Ausbildung und findet nichts.", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("Ich bin den ganzen Tag allein zu Hause und langweile mich.", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("Mein Vater wohnt in Alt-Scharnhorst im dritten Stock ohne Aufzug, gibt es Hilfe?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    # --- a place or person named under another intent ---------------------------------------
    ("die kontaktdaten für wickede bitte", "project_office_contact", "", K.PLACE_CONTACT, "office.named>contact>place", "Wickede"),
    ("Ich suche jemanden in Marten.", "project_search", "", K.PLACE_CONTACT, "project_search.someone", "Marten"),
    ("Unser Haus steht in Nette. Wen frage ich?", "inform", "", K.PLACE_CONTACT, "inform>bare.place", "Nette"),
    ("ist die dame auch woanders zuständig", "district_list", "places:Hafen", K.PERSON_CONTACT, "district_list.person", "@Hafen"),
    ("in welchem stadtteil ist das", "project_detail", "project:~Sportpaten", K.PROJECT_DETAIL, "follow_up.where", "~Sportpaten"),
    ("welche aktionsräume gibt es?", "district_list", "places:Hörde", K.DISTRICT_LIST, "district_list", ""),
    ("Können Sie mir auch die anderen Stadtteile nennen?", "district_list", "places:Hörde", K.DISTRICT_LIST, "district_list", ""),
    ("haben hafen und nordmarkt dieselbe ansprechpartnerin?", "district_contact", "", K.SAME_PERSON, "yes_no.same_person", "Hafen, Nordmarkt", "yes"),
    ("ist für hörde und nette der gleiche zuständig", "district_contact", "", K.SAME_PERSON, "yes_no.same_person", "Hörde, Nette", "no"),
    ("das dritte projekt von vorhin bitte", "inform", "overview-after:Kinder", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:3"),
    ("warum gerade diese gebiete", "district_list", "", K.PLAN_FACT, "plan.fact", "fact:aktionsraeume"),
    ("hat er auch andere gebiete", "district_contact", "places:Marten", K.PERSON_CONTACT, "contact.focus>focus.person", "@Marten", "no"),
    ("hat sie noch andere gebiete", "district_contact", "places:Hafen", K.PERSON_CONTACT, "contact.focus>focus.person", "@Hafen", "yes"),
    # --- branches seen rarely ------------------------------------------------------------------
    ("wer ist für den walkingbus zuständig", "district_contact", "", K.OFFICE_CONTACT, "contact.project>project_contact.office", ""),
    ("Telefonnummer von Frau Mustermann", "district_contact", "", K.PERSON_UNKNOWN, "contact.unknown_person", ""),
    ("nein, ich meinte die Telefonnummer", "district_contact", "places:Hörde", K.PLACE_CONTACT, "correction.detail>focus.places", "Hörde"),
    ("Telefonnummer Hörde", "district_list", "", K.PLACE_CONTACT, "district_list.place", "Hörde"),
    ("@Nette telefon", "nlu_fallback", "", K.PERSON_CONTACT, "fallback.person", "@Nette"),
    ("Was zeigen die Sozialdaten?", "project_search", "", K.REPORT, "plan.report", ""),
    ("welche Projekte gibt es in Brackel", "project_detail", "", K.NOT_A_PLACE, "project_detail.other_place", "?Brackel"),
    # --- an unclear message ------------------------------------------------------------------
    ("asdfgh", "nlu_fallback", "", K.FALLBACK, "fallback", ""),
    ("hilft nicht", "feedback_unhelpful", "", K.FALLBACK, "fallback", ""),
    ("Merhaba, nasılsın?", "nlu_fallback", "", K.FALLBACK, "fallback", ""),
    # --- situations and projects told by what they do (issue 19) ------------------------------
    # a clear leader in words and meaning answers a detail question, also with a place or group told
    ("Das Sportangebot am Clarenberg für Frauen, die lange ohne Arbeit sind – was ist das Ziel?", "project_detail", "", K.PROJECT_DETAIL, "described", "~Fitte Frauen"),
    ("Das Lokal, in dem junge Leute Gastronomie lernen, was ist das Ziel?", "project_search", "", K.PROJECT_DETAIL, "described", "~Kohldampf"),
    # a project described ("die Sache mit ...") and asked about is meant when it leads, if only a little
    ("die sache mit den trainings gegen gewalt an schulen, was genau wollen die", "project_detail", "", K.PROJECT_DETAIL, "described", "~Maßnahmenkatalog"),
    ("Das Projekt mit den Paten, die Kindern den Sportverein ermöglichen – für wen ist das gedacht?", "project_search", "", K.PROJECT_DETAIL, "described", "~Sportpaten"),
    ("Das mit dem Essen in der Nachmittagsbetreuung an Schulen, wozu soll das gut sein?", "project_detail", "", K.PROJECT_DETAIL, "described", "~Ganztagsbetreuung"),
    # several projects asked about stay a list
    ("Die Projekte mit dem Essen an Schulen, wozu sollen die gut sein?", "project_detail", "", K.PROJECT_LIST, "project_detail.search>search.words", "*"),
    # a long story with a place is a search there, whatever the NLU read; a contact asked stays one
    ("Wir wohnen am Clarenberg, ich bin alleinerziehend, schon lange ohne Arbeit und würde gern wieder Sport mit anderen Frauen machen", "inform", "", K.PROJECT_LIST, "situation>search.words", "first:~Fitte Frauen"),
    ("Ich wohne in Eving, mein Sohn spielt gern Fußball, aber den Beitrag für den Verein können wir nicht bezahlen", "district_contact", "", K.PROJECT_DETAIL, "situation>search.words.one", "~Sportpaten"),
    ("Seit mein Mann gestorben ist, bin ich allein und möchte gern andere Leute kennenlernen, was gibt es in Scharnhorst?", "inform", "", K.PROJECT_LIST, "situation>search.words", "*"),
    ("Ich wohne seit kurzem in Hörde und habe viele Fragen zum Stadtteil, wer ist dort für uns zuständig?", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Hörde"),
    # a shorter story fits clearly when it tells a need in everyday words a listed project answers
    # (knowledge.synonyms.NEEDS); a question that only names one ("Wann ... Sperrmüll?") does not
    ("ich hab mietschulden und weiß nicht, wie ich das abbezahlen soll", "out_of_scope", "", K.PROJECT_LIST, "out_of_scope.story>search.words", "first:~Quartiersmanagement"),
    ("Unsere Straße sieht aus wie eine Müllkippe, überall liegt Abfall", "district_list", "", K.PROJECT_DETAIL, "situation>search.words.one", "~Straßenkümmerer"),
    ("Wann wird bei uns in Eving der Sperrmüll abgeholt?", "out_of_scope", "", K.OUT_OF_SCOPE, "out_of_scope", ""),
    # a Schwerpunkt told in other words; the plan's name is no Schwerpunkt
    ("Welche Projekte gehören zum Bereich Zusammenleben und Nachbarschaft im Quartier?", "project_search", "", K.TOPIC, "project_search.topic", "topic:3"),
    ("Welche Projekte gehören zum Bereich Zusammenleben und Nachbarschaft im Quartier?", "project_detail", "", K.TOPIC, "plan.topic", "topic:3"),
    # a Schwerpunkt in other words: its own words, or a theme phrase of any language
    ("Alle Projekte zum sozialen Zusammenhalt bitte", "project_search", "", K.TOPIC, "project_search.topic", "topic:3"),
    ("Welche Projekte hat der Aktionsplan fürs Thema Arbeitsplätze? Alle bitte.", "project_search", "", K.TOPIC, "project_search.topic", "topic:1"),
    ("Zeig mir alle Projekte rund um Ausbildung und Arbeit", "project_search", "", K.TOPIC, "project_search.topic", "topic:1"),
    ("Show me the projects about jobs and employment", "project_search", "", K.TOPIC, "project_search.topic", "topic:1"),
    ("Was ist das, der Aktionsplan Soziale Stadt?", "topic_overview", "", K.OVERVIEW, "topic_overview", ""),
    # a place beside a group is no need the page lacks
    ("Was gibt es für Kinder in Hörde?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # one title word in a question about something else names no project; nor is it a "Ja" (issue 19, class 7)
    ("Bietet die Volkshochschule Sprachkurse für Japanisch am Abend an?", "project_search", "", K.PROJECT_NONE, "project_search>search.none", ""),
    # read as out of scope: a social offer the plan lacks is a "Nein"; a city service stays the portal's
    ("Gibt es eine kostenlose Fahrradwerkstatt?", "out_of_scope", "", K.PROJECT_NONE, "out_of_scope.lacking", "", "no"),
    ("Gibt es einen Strickkreis für Rentnerinnen?", "out_of_scope", "", K.PROJECT_NONE, "out_of_scope.lacking", "", "no"),
    ("Gibt es in Hörde ein Schwimmbad?", "out_of_scope", "", K.OUT_OF_SCOPE, "out_of_scope", ""),
    ("Wo gibt es eine kostenlose Fahrradwerkstatt zu kaufen?", "out_of_scope", "", K.OUT_OF_SCOPE, "out_of_scope", ""),
    # ... and a project's name in an off-topic question is no reason to answer the project
    ("Wo kann ich das blaue Haus mieten?", "out_of_scope", "", K.OUT_OF_SCOPE, "out_of_scope", ""),
    # a thing the plan lacks, asked for at a place, gets no "Ja" with the place's contact
    ("Gibt es eine Tafel in der Nordstadt?", "district_contact", "", K.PROJECT_NONE, "contact>place>unsure.things", "", "no"),
    ("Gibt es in der Nordstadt einen Ansprechpartner?", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Nordstadt"),
    # a yes/no question for a thing, read as a question for the overview or the office: "Nein"
    ("Gibt es einen Verein, der Senioren kostenlose Computerkurse anbietet?", "topic_overview", "", K.PROJECT_NONE, "topic_overview>unsure.page", "", "no"),
    ("Gibt es eine Gruppe, in der alte Leute zusammen Schach spielen?", "topic_overview", "", K.PROJECT_NONE, "topic_overview>unsure.page", "", "no"),
    ("Gibt es jemanden, der beim Ausfüllen von Steuerformularen hilft?", "project_office_contact", "", K.PROJECT_NONE, "office>unsure.page", "", "no"),
    # ... while the plan's pages, its overview and the office asked for keep their answers
    ("Gibt es Links zum Nachlesen?", "links", "", K.LINKS, "links", ""),
    ("Gibt es ein Büro, das den Aktionsplan koordiniert?", "project_office_contact", "", K.OFFICE_CONTACT, "office", "", "yes"),
    ("Gibt es eine Übersicht über den Aktionsplan?", "topic_overview", "", K.OVERVIEW, "topic_overview", ""),
    ("Gibt es jemanden, der mir persönlich weiterhilft?", "project_office_contact", "", K.OFFICE_CONTACT, "office", "", "yes"),
    # "wer" for who does a thing the plan lacks is no contact question; "zuständig" still is
    ("Wer verleiht in Eving Zelte?", "district_contact", "", K.OUT_OF_SCOPE, "contact>place>place_as_context.things", ""),
    ("Wer ist in Marten für Apotheken zuständig?", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Marten"),
    # an errand that came to "no such project" is the portal's
    ("Ich will ein Haus kaufen, gern ein blaues – was kostet sowas?", "project_detail", "", K.OUT_OF_SCOPE, "project_detail.nothing.out_of_scope", ""),
    ("Meine Garage wurde aufgebrochen, wo kann ich Anzeige erstatten?", "project_detail", "", K.OUT_OF_SCOPE, "project_detail.nothing.out_of_scope", ""),
    # the terms of taking part in the projects as a whole: the page states none (the Projektbüro)
    ("Ist die Teilnahme an den Projekten kostenlos?", "project_detail", "", K.FALLBACK, "plan.terms_not_said", ""),
    ("Do I have to pay for the projects?", "project_detail", "", K.FALLBACK, "plan.terms_not_said", ""),
    ("Czy udział w projektach jest płatny?", "topic_overview", "", K.FALLBACK, "plan.terms_not_said", ""),
    ("Wie melde ich mich für ein Projekt an?", "project_office_contact", "", K.OFFICE_CONTACT, "office", ""),
    ("Сколько проектов в плане?", "topic_overview", "", K.PLAN_FACT, "plan.fact", "fact:projects"),  # a number, no price
    # a group with a word that only qualifies it ("young") or a long case ending is that group
    ("What is there for young mothers?", "project_search", "", K.PROJECT_LIST, "project_search>search.groups", "*", "yes"),
    ("Що є для мам з немовлятами?", "project_search", "", K.PROJECT_LIST, "project_search>search.groups", "*"),
    # a story's "drin" asks no membership: its question does
    ("Unsere Tochter will in einen Sportverein, aber das Geld dafür ist bei uns nicht drin. Gibt es da was in Eving?", "project_search", "", K.PROJECT_DETAIL, "project_search>search.words.one", "~Sportpaten", "yes"),
    ("Ist Hörde auch drin?", "district_list", "", K.MEMBER, "yes_no.member", "Hörde", "yes"),
    # nearer to a need or errand no project is for than to any project's situations (beyond_plan)
    ("Meine Wohnung wurde gekündigt und ich muss in vier Wochen raus, wo komme ich dann unter?", "project_search", "", K.PROJECT_NONE, "project_search>search.words>beyond.unmet", ""),
    ("ليس لدي تأمين صحي وأنا مريض، أين أجد طبيبا؟", "out_of_scope", "", K.PROJECT_NONE, "out_of_scope>beyond.unmet", ""),
    ("Die Straßenlaterne vor unserem Haus ist seit Wochen kaputt, nachts ist alles dunkel", "project_search", "", K.OUT_OF_SCOPE, "project_search>search.none>beyond.errand", ""),
    # ... another language's "nothing found" keeps the Projektbüro (its few errands told come near needs)
    ("ليس لدي مكان أنام فيه منذ أيام، أين أذهب في دورتموند؟", "project_search", "", K.PROJECT_NONE, "project_search>search.none", ""),
    ("Nie mam gdzie spać od tygodnia, gdzie mogę przenocować w Dortmundzie?", "project_search", "", K.PROJECT_NONE, "project_search>search.none", ""),
    # ... not where the words found projects for a need the plan has (review of session 20)
    ("Mein Sohn ist 16 und trinkt jeden Tag, er will endlich aufhören, wo gibt es Hilfe?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "first:~Aufsuchende Arbeit"),
    ("Ich habe Mietschulden und der Vermieter droht mit Räumung, gibt es Hilfe?", "project_search", "", K.PROJECT_DETAIL, "project_search>search.words.one", "~Quartiersmanagement", "yes"),
    ("Ich möchte mich ehrenamtlich für ein Projekt anmelden", "project_search", "", K.PROJECT_DETAIL, "project_search>search.words.one>terms", "~Nachbarschaftshelfer"),
    # what the page does not say of the project just shown: said plainly, not the portal
    ("seit wann gibt es das?", "out_of_scope", "project:~Walkingbus", K.FALLBACK, "follow_up.not_said", ""),
    ("wie lange läuft das noch?", "project_detail", "project:~Walkingbus", K.FALLBACK, "follow_up.not_said", ""),
    ("ist das kostenlos?", "out_of_scope", "project:~Walkingbus", K.FALLBACK, "follow_up.not_said", ""),
    ("muss man sich da anmelden?", "out_of_scope", "project:~Walkingbus", K.FALLBACK, "follow_up.not_said", ""),
    # --- conversations that go on after an aside (session 12) --------------------------------
    # a contact of several places asked in a talk about a list: a pick is still of the projects
    ("und das dritte?", "district_contact", "contact-after:Jugendliche@Scharnhorst", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:3"),
    ("und das zweite?", "inform", "contact-after:Kinder@Eving", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:2"),
    ("der zweite", "inform", "places:Eving", K.PLACE_CONTACT, "pick_place", "Lindenhorst/Eving II"),
    # back to the list before: shown again, or a pick from it, not a search for the words
    ("nochmal zur ersten Liste", "inform", "lists:Kinder>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Kinder"),
    ("zurück zur vorherigen liste", "inform", "lists:Jugendliche>Kinder", K.PROJECT_LIST, "earlier_list", "first:pick:1:Jugendliche"),
    ("nochmal die Liste von vorhin bitte", "project_detail", "lists:Familien>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Familien"),
    ("back to the previous list please", "district_list", "lists:Kinder>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Kinder"),
    ("zurück zu den Projekten von vorhin, das zweite", "inform", "lists:Kinder>Senioren", K.PROJECT_DETAIL, "loose_pick>pick.on_page", "pick:2:Kinder"),
    ("die Liste von vorhin bitte", "inform", "contact-after:Jugendliche@Hörde", K.PROJECT_LIST, "earlier_list", "first:pick:1:Jugendliche"),
    # "the previous projects" in another language: its word for projects, as German's
    ("back to the previous projects", "inform", "lists:Kinder>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Kinder"),
    ("wróćmy do poprzednich projektów", "inform", "lists:Kinder>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Kinder"),
    # only one list so far (a pause after it): that list again, from its first page
    ("nochmal zur Liste von vorhin", "district_list", "list:Kinder@3", K.PROJECT_LIST, "earlier_list.again", "first:pick:1:Kinder"),
    ("вернёмся к предыдущему списку", "project_office_contact", "list:Senioren", K.PROJECT_LIST, "earlier_list.again", "first:pick:1:Senioren"),
    # a place after a Schwerpunkt's or a group's list: its projects there, not the contact
    # A place asked of the one project shown: where the page places it.
    ("gibt es das auch in Hörde?", "project_search", "project:~Seniorenwohnungen", K.PROJECT_ELSEWHERE, "project_at_place.elsewhere", "Hörde, ~Seniorenwohnungen"),
    ("gibt es das auch in Alt-Scharnhorst?", "project_search", "project:~Seniorenwohnungen", K.PROJECT_DETAIL, "project_at_place", "~Seniorenwohnungen", "yes"),
    ("und in Eving?", "district_contact", "topic:3", K.PROJECT_DETAIL, "list_at_place", "~Sportpaten"),
    ("und in Nette?", "district_contact", "topic:1", K.PROJECT_DETAIL, "list_at_place", "~Attraktivität und Beschäftigung"),
    ("gibt es davon was in Alt-Scharnhorst?", "project_search", "topic:3", K.PROJECT_LIST, "list_at_place", "*"),
    ("and in Nette?", "project_search", "topic:3", K.PROJECT_DETAIL, "list_at_place", "~Begegnung in Nette"),
    ("und in Hörde?", "district_contact", "topic:3", K.PROJECT_ELSEWHERE, "list_at_place.elsewhere", "first:Hörde"),
    ("gibt es das auch in Hörde?", "district_list", "topic:2", K.PROJECT_DETAIL, "list_at_place.on_site", "~Fitte Frauen", "no"),
    ("und in Marten?", "district_contact", "topic:2", K.PROJECT_NONE_IN_PLACES, "list_at_place.none", "Marten"),
    ("und in hörde?", "district_contact", "list:Frauen", K.PROJECT_DETAIL, "list_at_place", "~Fitte Frauen"),
    ("wer ist in Eving zuständig?", "district_contact", "topic:3", K.PLACE_CONTACT, "contact>place", "Eving"),
    ("Welche Projekte gibt es in Nette?", "project_search", "list:Mütter", K.PROJECT_LIST, "project_search>search.places", "*"),
    ("nein, ich meine in Nette", "deny", "list:Sprachkurs", K.PROJECT_DETAIL, "small_talk>correction>bare.list_at_place>list_at_place", "~Begegnung in Nette"),
    # a group after a list, read as a contact request: its projects
    ("und für Senioren?", "district_contact", "list:Kinder", K.PROJECT_LIST, "contact.group>search.words", "*"),
    ("welche davon sind in Eving?", "district_contact", "list:Jugendliche", K.PROJECT_DETAIL, "list_at_place.on_site", "~Sportpaten", "no"),
    # a pause is no question: a short word, the list stays
    ("moment, ich muss kurz überlegen", "topic_overview", "list:Familien", K.AFFIRM, "pause", ""),
    ("hm", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("moment, kurze Frage noch", "inform", "list:Kinder", K.AFFIRM, "pause", ""),
    # nothing but thanks, whatever the NLU reads: thanks back, not the plan or the list
    ("sağol evladım", "nlu_fallback", "places:Hafen", K.THANK, "thanks", ""),
    ("sağol evladım", "topic_overview", "places:Hafen", K.THANK, "thanks", ""),
    ("dziękuję bardzo pani", "topic_overview", "list:Senioren", K.THANK, "thanks", ""),
    ("vielen dank, sehr nett", "project_search", "list:Kinder", K.THANK, "thanks", ""),
    # a human asked for: the bot says what it is, or the Projektbüro, never the focus
    ("bist du ein mensch? ich will mit nem echten menschen reden", "bot_challenge", "list:Senioren",
     K.HUMAN, "human", ""),
    ("i want to talk to a real human", "bot_challenge", "places:Hörde", K.HUMAN, "human", ""),
    ("хочу поговорить с живым человеком", "district_contact", "places:Hörde", K.HUMAN, "human", ""),
    ("ich will mit einem menschen sprechen", "district_contact", "places:Nette", K.HUMAN, "human", ""),
    ("gerçek bir insanla konuşmak istiyorum", "inform", "list:Senioren", K.HUMAN, "human", ""),
    # "show them" of the list in focus: its next page, or all of it again once all was shown
    ("zeig die mal", "district_list", "topic:2", K.PROJECT_LIST, "show>page.next", "*"),
    ("zeig die mal", "nlu_fallback", "topic:2", K.PROJECT_LIST, "show>page.next", "*"),
    ("show me them", "district_list", "list:Senioren", K.PROJECT_LIST, "show.again", "*"),
    ("покажите их", "nlu_fallback", "topic:1", K.PROJECT_LIST, "show>page.next", "*"),
    # one of the list told by a short word of its title, or the end of one ("Bus": "Schulbus")
    ("und der mit dem bus?", "nlu_fallback", "topic:2", K.PROJECT_DETAIL, "listed_word", "~Walkingbus"),
    # projects asked of the place in focus, no need named: the place's projects, or none there
    ("und was gibts da so an projekten", "project_search", "places:Dorstfeld",
     K.PROJECT_NONE_IN_PLACES, "project_search.there>search.none_in_places", "Dorstfeld"),
    ("und was gibts da so an projekten", "project_search", "places:Nette", K.PROJECT_LIST,
     "project_search.there>search.places", "*"),
    ("wait a second", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("ich schau mir das mal an", "nlu_fallback", "list:Familien", K.AFFIRM, "pause", ""),
    # announcing a question is a pause too, in every language; "eine andere Frage" is no "the other"
    ("ich habe noch eine andere Frage", "project_search", "picked:Senioren#1", K.AFFIRM, "pause", ""),
    ("ich hab noch ne frage", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("darf ich noch was fragen?", "project_detail", "list:Kinder", K.AFFIRM, "pause", ""),
    ("was kann ich fragen?", "help", "list:Kinder", K.HELP, "help", ""),
    ("Na, ich hab ne Frage", "greet", "", K.GREET, "small_talk", ""),
    ("I have another question", "nlu_fallback", "picked:Senioren#1", K.AFFIRM, "pause", ""),
    ("başka bir sorum var", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("عندي سؤال آخر", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("mam inne pytanie", "nlu_fallback", "picked:Senioren#1", K.AFFIRM, "pause", ""),
    ("mai am o întrebare", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("имам още един въпрос", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("у мене ще одне питання", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("у меня другой вопрос", "nlu_fallback", "picked:Senioren#1", K.AFFIRM, "pause", ""),
    # a word read as a near miss of a target group only when it is no German word of its own
    ("Ich habe eine Frage zur Ausbildung", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # of two, the other one
    ("falsch, nicht das, das andere", "deny", "picked:Senioren#1", K.PROJECT_DETAIL, "small_talk>the_other>other_of_two", "pick:2"),
    ("nein, das andere", "inform", "picked:Senioren#2", K.PROJECT_DETAIL, "the_other>other_of_two", "pick:1"),
    ("no, the other one", "deny", "picked:Senioren#1", K.PROJECT_DETAIL, "small_talk>the_other>other_of_two", "pick:2"),
    # the same follow-ups in the other seven languages: back to the list, a pause, the other one,
    # the list just shown narrowed to a place
    ("önceki listeye geri dönelim", "inform", "lists:Kinder>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Kinder"),
    ("bir dakika, düşünmem lazım", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("hayır, diğeri", "inform", "picked:Senioren#2", K.PROJECT_DETAIL, "the_other>other_of_two", "pick:1"),
    ("bunlardan hangileri Eving'de?", "district_contact", "list:Jugendliche", K.PROJECT_DETAIL, "list_at_place.on_site", "~Sportpaten", "no"),
    ("ارجع إلى القائمة السابقة", "inform", "lists:Kinder>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Kinder"),
    ("لحظة من فضلك، دعني أفكر", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("لا، الآخر", "inform", "picked:Senioren#2", K.PROJECT_DETAIL, "the_other>other_of_two", "pick:1"),
    ("wróćmy do poprzedniej listy", "inform", "lists:Kinder>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Kinder"),
    ("chwileczkę, muszę się zastanowić", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("nie, ten inny", "inform", "picked:Senioren#2", K.PROJECT_DETAIL, "the_other>other_of_two", "pick:1"),
    ("revenim la lista anterioară", "inform", "lists:Kinder>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Kinder"),
    ("stai puțin, mă gândesc", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("nu, celălalt", "inform", "picked:Senioren#2", K.PROJECT_DETAIL, "the_other>other_of_two", "pick:1"),
    ("да се върнем към предишния списък", "inform", "lists:Kinder>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Kinder"),
    ("момент, трябва да помисля", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("не, другия", "inform", "picked:Senioren#2", K.PROJECT_DETAIL, "the_other>other_of_two", "pick:1"),
    ("повернімося до попереднього списку", "inform", "lists:Kinder>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Kinder"),
    ("зачекайте, мені треба подумати", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("ні, інший", "inform", "picked:Senioren#2", K.PROJECT_DETAIL, "the_other>other_of_two", "pick:1"),
    ("вернёмся к предыдущему списку", "inform", "lists:Kinder>Senioren", K.PROJECT_LIST, "earlier_list", "first:pick:1:Kinder"),
    ("подождите, мне надо подумать", "nlu_fallback", "list:Kinder", K.AFFIRM, "pause", ""),
    ("нет, другой", "inform", "picked:Senioren#2", K.PROJECT_DETAIL, "the_other>other_of_two", "pick:1"),
    # --- keywords of a need beside a place (session 14): a search there, whatever the NLU read ---
    ("arbeit nette", "inform", "", K.PROJECT_LIST, "inform.need_at_place>search.words", "*"),
    ("altengerechte wohnung scharnhorst", "inform", "", K.PROJECT_LIST, "inform.need_at_place>search.words", "*"),
    ("nein, in Nette", "inform", "list:Senioren", K.PROJECT_ELSEWHERE, "inform>bare.list_at_place>list_at_place.elsewhere", "*"),
    ("Nette", "inform", "", K.PLACE_CONTACT, "inform>bare.place", "Nette"),
    # --- acute danger told (session 14): the emergency numbers, before any search or focus ---
    ("Mein Mann schlägt mich und die Kinder, ich habe Angst nach Hause zu gehen", "project_search", "", K.CRISIS, "crisis", ""),
    ("Mein Sohn ist 15 und redet davon, dass er nicht mehr leben will", "project_search", "list:Jugendliche", K.CRISIS, "crisis", ""),
    ("meine oma ist bewusstlos, wer ist in hörde zuständig", "district_contact", "places:Hörde", K.CRISIS, "crisis", ""),
    ("Gibt es Gewaltprävention an Schulen?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # --- session 14 (sure5): answers that must not be confident --------------------------
    # a whole list asked in a Schwerpunkt's terms, no word for a Schwerpunkt: that Schwerpunkt
    ("Zeig mir bitte alle Angebote, die Familien gegen Armut stärken.", "project_search", "", K.TOPIC, "project_search.topic", "topic:2"),
    ("Welche Vorhaben sind für mehr Arbeit und Beschäftigung im Quartier da?", "project_search", "", K.TOPIC, "project_search.topic", "topic:1"),
    ("Welche Programme laufen für den sozialen Zusammenhalt in den Aktionsräumen?", "district_list", "", K.TOPIC, "district_list.topic", "topic:3"),
    ("Welche Aktionsräume gibt es?", "district_list", "", K.DISTRICT_LIST, "district_list", ""),
    ("Welche Viertel zählen als Aktionsräume?", "district_list", "", K.DISTRICT_LIST, "district_list", ""),
    # "Gibt es X?" whose X the plan lacks, the reason told after it: "Nein", however long
    ("Gibt es eine Kleiderkammer? Meine Kinder brauchen warme Jacken für den Winter.", "project_search", "", K.PROJECT_NONE, "project_search>search.words>lacking.asked", "", "no"),
    ("Gibt es eine Schuldnerberatung? Die Mahnungen stapeln sich bei uns.", "project_search", "", K.PROJECT_DETAIL, "project_search>search.words.one", "*", "yes"),
    # an existence question in another language gets its "Yes" first, as German gets "Ja"
    ("Is there help for older people in Scharnhorst?", "project_search", "", K.PROJECT_LIST, "project_search>search.groups", "*", "yes"),
    ("Czy jest pomoc dla seniorów w Scharnhorst?", "project_search", "", K.PROJECT_LIST, "project_search>search.groups", "*", "yes"),
    ("Welche Projekte gibt es in Hörde?", "project_search", "", K.PROJECT_DETAIL, "project_search>search.places.one", "*"),
    # a question whose first thing the plan lacks, fitting only loosely: the city's portal
    ("Wo kann ich meine Kinder gegen Masern impfen lassen?", "project_search", "", K.OUT_OF_SCOPE, "project_search>search.words>asked_elsewhere", ""),
    ("Wo finde ich einen Tanzkurs für Jugendliche?", "project_search", "", K.OUT_OF_SCOPE, "project_search>search.words>asked_elsewhere", ""),
    # one title word among others names its project only where the project fits the message
    ("wo gibt es windeln billig zu kaufen in eving", "nlu_fallback", "", K.OUT_OF_SCOPE, "fallback>errand", ""),
    ("Wann hat das Windel-Cafe geöffnet?", "project_detail", "", K.PROJECT_DETAIL, "named_project>terms", "~Windel"),
    # --- convo5 (session 14): the next or previous of the list, paging words ------------------
    ("und das davor?", "project_detail", "picked:Kinder#2", K.PROJECT_DETAIL, "step>back", "pick:1"),
    ("und das nächste?", "project_search", "picked:Kinder#2", K.PROJECT_DETAIL, "step>next", "pick:3"),
    ("das vorherige bitte", "inform", "picked:Kinder#3", K.PROJECT_DETAIL, "step>back", "pick:2"),
    ("and the one before?", "nlu_fallback", "picked:Kinder#2", K.PROJECT_DETAIL, "step>back", "pick:1"),
    ("next one", "project_search", "picked:Kinder#2", K.PROJECT_DETAIL, "step>next", "pick:3"),
    ("попередній", "inform", "picked:Kinder#3", K.PROJECT_DETAIL, "step>back", "pick:2"),
    ("а следующий?", "inform", "picked:Kinder#2", K.PROJECT_DETAIL, "step>next", "pick:3"),
    ("sonraki", "inform", "picked:Kinder#2", K.PROJECT_DETAIL, "step>next", "pick:3"),
    ("السابق", "inform", "picked:Kinder#2", K.PROJECT_DETAIL, "step>back", "pick:1"),
    ("następny", "inform", "picked:Kinder#2", K.PROJECT_DETAIL, "step>next", "pick:3"),
    ("următorul", "inform", "picked:Kinder#2", K.PROJECT_DETAIL, "step>next", "pick:3"),
    ("предишното", "inform", "picked:Kinder#2", K.PROJECT_DETAIL, "step>back", "pick:1"),
    ("und das davor?", "project_detail", "picked:Kinder#1", K.NO_SUCH_NUMBER, "step.end", ""),
    ("und das nächste?", "project_search", "list:Kinder", K.PROJECT_LIST, "step.page>page.next", "*"),
    ("noch welche?", "project_detail", "list:Kinder", K.PROJECT_LIST, "more>page.next", "*"),
    ("nächste seite", "project_search", "list:Kinder", K.PROJECT_LIST, "step.page>page.next", "*"),
    ("mai mult", "nlu_fallback", "list:Kinder", K.PROJECT_LIST, "more>page.next", "*"),
    ("where is it?", "links", "picked:Senioren#1", K.PROJECT_DETAIL, "follow_up.where", "pick:1"),
    ("where is it?", "links", "project:~Kohldampf", K.FALLBACK, "follow_up.where.not_said", "~Kohldampf"),
    ("where can i find the links?", "links", "project:~Kohldampf", K.LINKS, "links", ""),
    ("der mit dem bus", "inform", "list:Senioren", K.PROJECT_DETAIL, "listed_word.other", "~Walkingbus"),
    ("mehr", "project_search", "overview", K.PROJECT_LIST, "all_projects", "*"),
    ("zeig sie mir", "project_search", "overview", K.PROJECT_LIST, "all_projects", "*"),
    ("zeig alle projekte", "project_search", "", K.PROJECT_LIST, "all_projects", "*"),
    ("show me all projects", "district_list", "", K.PROJECT_LIST, "all_projects", "*"),
    ("wie viele projekte hat der plan?", "topic_overview", "list:Senioren", K.PLAN_FACT, "plan.fact", "fact:projects"),
    ("vorherige seite", "links", "list:Kinder@3", K.PROJECT_LIST, "step.page_back", "*"),
    ("previous page", "links", "picked:Kinder#4", K.PROJECT_LIST, "step.page_back", "*"),
    ("önceki sayfa", "inform", "list:Kinder@3", K.PROJECT_LIST, "step.page_back", "*"),
    ("попередня сторінка", "inform", "list:Kinder@3", K.PROJECT_LIST, "step.page_back", "*"),
    ("sonraki sayfa", "inform", "picked:Kinder#1", K.PROJECT_LIST, "step.page>page.next", "*"),
    ("nummer 1 von vorhin", "district_contact", "list:Kinder@3", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:1"),
    ("das erste aus der ersten antwort", "inform", "list:Kinder@3", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:1"),
    ("первый из первого ответа", "inform", "lists:Senioren>Kinder", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:1:Senioren"),
    ("Gibt es ähnliche Projekte?", "project_search", "list:Kinder", K.PROJECT_LIST, "more>page.next", "*"),
    ("any similar projects?", "project_search", "list:Kinder", K.PROJECT_LIST, "more>page.next", "*"),
    ("а ещё?", "nlu_fallback", "list:Senioren", K.PROJECT_RELATED, "more>page.related", "*"),
    ("mehr", "project_search", "topic:1@99", K.NO_MORE, "more>page.no_more", ""),
    ("Entschuldigung, ich habe mich vertan: sie wohnt jetzt in Dorstfeld.", "inform", "contact-after:Jugendliche@Hörde", K.PLACE_CONTACT, "correction>bare.place", "Dorstfeld"),
    ("nee ich mein was in der nähe, ich wohn in nette", "district_contact", "list:Senioren", K.PROJECT_LIST, "correction>bare.place_projects", "*"),
    ("ich meinte eigentlich was in Nette", "nlu_fallback", "project:~Kohldampf", K.PROJECT_LIST, "correction>bare.place_projects", "*"),
    ("nicht in eving, sondern in wickede. wer hilft uns da?", "district_contact", "list:Jugendliche", K.PLACE_CONTACT, "correction>bare.place", "Wickede"),
    ("opowiedz o pierwszym", "topic_overview", "list:Kinder", K.PROJECT_DETAIL, "pick_only>pick.on_page", "pick:1"),
    ("und in welche Stadtteil ist diese Schule, Adresse?", "project_detail", "project:~Kohldampf", K.FALLBACK, "follow_up.where.not_said", "~Kohldampf"),
    ("wo bekomme ich diese Gastronomie?", "project_search", "picked:Senioren#1", K.PROJECT_DETAIL, "follow_up.where", "pick:1"),
    ("wo ist das und wann hat das offen?", "out_of_scope", "list:Kinder", K.FALLBACK, "follow_up.not_said", ""),
    ("noch was?", "project_detail", "one:~Walkingbus", K.PROJECT_RELATED, "more>page.related", "*"),
    ("mehr dazu", "project_detail", "one:~Walkingbus", K.PROJECT_DETAIL, "project_detail.follow_up", "~Walkingbus"),
    ("ich hab noch ne frage: welche projekte gibt es noch in diesem schwerpunkt?", "project_search", "picked:Senioren#1", K.TOPIC, "this_topic", "topic:3"),
    ("what other projects are in this focus area?", "project_search", "picked:Senioren#1", K.TOPIC, "this_topic", "topic:3"),
    ("wo kann ich einen Angelschein beantragen, was kostet der?", "out_of_scope", "list:Kinder", K.OUT_OF_SCOPE, "out_of_scope", ""),
    ("gibts sonst noch was für senioren?", "project_search", "list:Senioren", K.PROJECT_RELATED, "more.same>page.related", "*"),
    ("gibt es noch weitere für kinder?", "project_search", "list:Kinder", K.PROJECT_LIST, "more.same>page.next", "*"),
    ("liste aller projekte", "district_list", "", K.PROJECT_LIST, "all_projects", "*"),
    ("Ich wohne in Wickede", "inform", "project:~Kohldampf", K.PLACE_CONTACT, "inform>bare.place", "Wickede"),
    # session 15: someone asked to help a person close to the writer is a helper among the projects
    ("Ich suche jemanden in Scharnhorst, der meiner Mutter beim Einkaufen hilft", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("Gibt es in Hörde jemanden, der meinem Bruder hilft, einen Ausbildungsplatz zu finden?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("Wer ist in Eving für unsere Oma zuständig?", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Eving"),
    # session 15: in another language no word is German, so none names an unknown project
    ("what does the project with the research house for kids want to achieve?", "project_detail", "", K.PROJECT_DETAIL, "project_detail.clear_lead", "~Forschungshaus"),
    # ... and the project it means is found by its own words' meaning, not by the German word
    # of the theme it names ("school"); "meant for" asks for whom, it corrects nothing
    ("who is the walking school bus meant for?", "project_detail", "", K.PROJECT_DETAIL, "described", "~Walkingbus"),
    # Session 15 (issue 19): a message that names only another person in need asks the need
    # of the list in focus again for that person (rule correction.person), whatever the intent.
    ("nein, für meine Tochter, die ist 7", "inform", "list:Sport", K.PROJECT_LIST, "correction.person", "first:~Schulhöfen"),
    ("und für meine Frau?", "project_search", "list:Arbeitslose", K.PROJECT_DETAIL, "correction.person.one", "~Fitte Frauen"),
    ("actually it's for my grandmother, she is 78", "project_search", "list:Sprachkurs", K.PROJECT_DETAIL, "correction.person.one", "~Altersgruppen"),
    ("ne, es geht um meinen Sohn, der ist 17", "inform", "list:Arbeitslose", K.PROJECT_LIST, "correction.person", "first:~Übergangs Schule"),
    ("ні, це для моєї доньки, їй 20 років", "deny", "list:Arbeitslose", K.PROJECT_LIST, "correction.person", "first:~Übergangs Schule"),
    ("لا، لزوجتي، هي أم لطفلين", "deny", "list:Sprachkurs", K.PROJECT_LIST, "correction.person", "first:~Mütter mit Migrationshintergrund"),
    ("hayır, oğlum için, 16 yaşında", "project_search", "picked:Arbeitslose#1", K.PROJECT_LIST, "correction.person", "first:~Übergangs Schule"),
    ("ні, це для моєї доньки, їй 20 років", "deny", "", K.PROJECT_LIST, "correction.person.group", "first:~Übergangs Schule"),
    # What the page does not say of the project shown, in more words when a word of the message
    # is the project's own ("der Kurs"), or asked with "wer" for who runs it: the Projektbüro.
    ("wie viel kostet der Kurs und wann ist der?", "out_of_scope", "project:~Altersgruppen", K.FALLBACK, "follow_up.not_said", ""),
    ("Wer ist der Träger?", "project_detail", "project:~Forschungshaus", K.FALLBACK, "follow_up.not_said", ""),
    ("um wie viel Uhr?", "out_of_scope", "project:~Windel", K.FALLBACK, "follow_up.not_said", ""),
    ("ist das barrierefrei?", "nlu_fallback", "project:~Windel", K.FALLBACK, "follow_up.not_said", ""),
    ("when is it open?", "links", "project:~Windel", K.FALLBACK, "follow_up.not_said", ""),
    ("who runs it?", "project_detail", "picked:Kinder#1", K.FALLBACK, "follow_up.not_said", ""),
    ("saat kaçta açık?", "topic_overview", "project:~Windel", K.FALLBACK, "follow_up.not_said", ""),
    ("is it free of charge?", "nlu_fallback", "picked:Kinder#1", K.FALLBACK, "follow_up.not_said", ""),
    # After a list, nothing but the terms asked ("it"): of the list shown, not an errand.
    ("ile to kosztuje?", "project_detail", "list:Arbeitslose", K.FALLBACK, "follow_up.not_said", ""),
    ("e gratuit?", "topic_overview", "list:Senioren", K.FALLBACK, "follow_up.not_said", ""),
    # After the Projektbüro was given for the project, the project is still the one meant.
    ("und was war nochmal das Ziel?", "project_detail", "office-of:~Windel", K.PROJECT_DETAIL, "follow_up.project", "~Windel"),
    ("and what was the goal again?", "project_detail", "office-of:~Windel", K.PROJECT_DETAIL, "follow_up.project", "~Windel"),
    # First questions in other languages whose words the search sections now know.
    ("Чи є допомога з пошуком роботи?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    ("Есть ли места для встреч, чтобы не сидеть одной дома?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "first:~Altersgruppen", "yes"),
    ("Există ajutor pentru copiii de școală primară?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    ("Merhaba, torunlarım ilkokula gidiyor. Okulda kahvaltı veren bir proje var mı?", "nlu_fallback", "", K.PROJECT_LIST, "fallback.need>search.words", "first:~Schulfrühstück", "yes"),
    ("Чи є проєкт з університетами?", "project_search", "", K.PROJECT_DETAIL, "project_search>search.words.one", "~Hochschulen vor Ort", "yes"),
    ("Kızım 5 yaşında, onun için bir şey var mı?", "project_search", "", K.PROJECT_LIST, "project_search>search.groups", "*", "yes"),
    ("Caut un loc unde oamenii se întâlnesc, din culturi diferite", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "first:~Altersgruppen"),
    # "What else is there?" after a list pages on, in these languages too.
    ("başka ne var?", "out_of_scope", "list:Kinder", K.PROJECT_LIST, "more>page.next", "*"),
    ("co jeszcze?", "nlu_fallback", "list:Kinder", K.PROJECT_LIST, "more>page.next", "*"),
    ("ce mai este?", "nlu_fallback", "list:Kinder", K.PROJECT_LIST, "more>page.next", "*"),
    # --- session 15 (sure6): the request of a story runs an errand (Turn.errand_asked) ---------
    # however long the story, its last question books, rents out or cancels: the city's portal
    ("Ich bin Lehrer an einer Grundschule in der Nordstadt. Kann man für die Klasse ein Hotel an der Nordsee buchen?", "project_search", "", K.OUT_OF_SCOPE, "project_search>search.words.unplaced>errand", ""),
    ("Meine Frau ist letztes Jahr gestorben und ich gehe da nicht mehr hin. Wie kündige ich im Sportverein?", "nlu_fallback", "", K.OUT_OF_SCOPE, "fallback>errand", ""),
    ("Wir sind fünf Personen mit drei kleinen Kindern und brauchen mehr Platz. Wer vermietet eine große Wohnung?", "out_of_scope", "", K.OUT_OF_SCOPE, "out_of_scope", ""),
    # an errand told as background to a need keeps the need's project
    ("Ich kann mir kaum noch was kaufen, die Schulden wachsen mir über den Kopf. Wer hilft mir?", "nlu_fallback", "", K.PROJECT_DETAIL, "situation>search.words.one", "~Quartiersmanagement"),
    ("Ich kann mir kaum noch was kaufen, die Schulden wachsen mir über den Kopf. Wer hilft mir?", "out_of_scope", "", K.PROJECT_DETAIL, "out_of_scope.story>search.words.one", "~Quartiersmanagement"),
    # an errand asked in another language: no statement of the plan read by meaning, no report
    ("Where can I book a cheap hotel in Dortmund for my parents?", "nlu_fallback", "", K.OUT_OF_SCOPE, "fallback>errand", ""),
    ("Скільки коштує податок на машину в Дортмунді?", "social_report", "", K.OUT_OF_SCOPE, "social_report>errand", ""),
    ("Kto wynajmuje mieszkania dla dużych rodzin w Dortmundzie?", "district_contact", "", K.OUT_OF_SCOPE, "contact.ask_place>errand", ""),
    # "Gibt es X?" for an X told in no project's situations: "Nein" unless it fits far better
    # (UNTOLD_SURE_YES); an X told there ("Lehrstelle") is the plan's: "Ja"
    ("Gibt es Umzugshelfer für alte Leute, die in eine kleinere Wohnung ziehen?", "project_search", "", K.PROJECT_NONE, "project_search>search.words>lacking.asked", "", "no"),
    ("Gibt es eine Lehrstelle für meinen Sohn?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    # an errand at another office asked as "Gibt es ...?": the portal's, not "Nein"
    ("Gibt es beim Bürgeramt eine Beratung für Rentner?", "project_search", "", K.OUT_OF_SCOPE, "project_search>search.words>unsure>errand", ""),
    ("Are there German courses for mothers?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    ("Есть ли что-нибудь для пожилых людей?", "project_search", "", K.PROJECT_LIST, "project_search>search.groups", "*", "yes"),
    # a Schwerpunkt found keeps its projects; "Vorhaben" is a word for projects, no thing asked
    ("Welche Konzepte gibt es gegen Armut von Kindern und für Familien?", "project_search", "", K.TOPIC, "project_search.topic", "topic:2"),
    ("Gibt es Vorhaben für Senioren in Scharnhorst?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    # "gibt es" in a statement asks for nothing: the need told keeps its projects
    ("Meine Tochter soll gesund essen, in ihrer Schule gibt es nur Fertigpizza", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # a story read as small talk is a story; a greeting with a question about the plan is not
    ("merhaba, 3 yaşında oğlum var, kreş bulamadık, bütün gün evde oturuyor. ona bir şey var mı?", "greet", "", K.PROJECT_DETAIL, "situation>search.words.one", "~Frühkindliche"),
    ("Der Nachbar über uns dreht jede Nacht die Musik auf, wir haben uns schon heftig gestritten", "goodbye", "", K.PROJECT_DETAIL, "situation>search.words.one", "~Konfliktvermittlung"),
    # pictograms alone: thanks, or a short "Gut" that keeps the list
    ("👍", "nlu_fallback", "list:Senioren", K.THANK, "thanks", ""),
    ("🙄", "nlu_fallback", "list:Senioren", K.AFFIRM, "pictograms", ""),
    # a complaint about the answers in a talk: thanks for it, the focus stays; a need told is none
    ("das hättest du auch gleich übersichtlicher sagen können 🙄", "district_list", "places:Hörde", K.COMPLAINT, "complaint", ""),
    ("this is useless", "out_of_scope", "list:Senioren", K.COMPLAINT, "complaint", ""),
    ("das bringt mir nichts, ich brauche Hilfe bei meinen Schulden", "project_search", "list:Senioren", K.PROJECT_DETAIL, "project_search>search.words.one", "*"),
    # another language's "is there X?" for what the plan lacks: "No", however the NLU read it
    ("Is there a midwife who speaks Turkish?", "out_of_scope", "", K.PROJECT_NONE, "out_of_scope>lacking", "", "no"),
    ("Is there a midwife who speaks Turkish?", "nlu_fallback", "", K.PROJECT_NONE, "fallback.out_of_scope>lacking", "", "no"),
    # "Schwerpunkte" in another language asks for all of them; the plan at a place: its projects
    ("які основні напрями (Schwerpunkte) має план?", "topic_overview", "", K.OVERVIEW, "topic_overview", ""),
    ("وما هي المشاريع الموجودة في Nette؟", "topic_overview", "", K.PROJECT_LIST, "topic_overview.places>search.words", "*"),
    # a Dortmund place outside the plan in another script is no Aktionsraum: "Не"
    ("Лютгендортмунд Aktionsraum ли е", "topic_overview", "", K.NOT_A_PLACE, "yes_no.not_a_place", "?Lütgendortmund", "no"),
    # --- session 19 (talks19): a short question back to the one project shown stays with it ----
    ("für welches alter ist das", "project_detail", "project:~Windel", K.PROJECT_DETAIL, "follow_up.the_one", "~Windel"),
    ("die mit dem sport – was ist da das ziel?", "project_detail", "project:~Sportpaten", K.PROJECT_DETAIL, "follow_up.the_one", "~Sportpaten"),
    ("wie alt dürfen die kinder da sein?", "project_detail", "project:~Frühkindliche", K.FALLBACK, "follow_up.the_one.not_said", ""),
    ("Und wie melde ich da Schüler an?", "district_contact", "project:~Jugendwerkstatt", K.FALLBACK, "follow_up.the_one.not_said", ""),
    ("und für Kinder?", "project_search", "project:~Windel", K.PROJECT_LIST, "project_search>search.words", "*"),
    ("wo ist deren büro, welche adresse?", "project_detail", "project:~Quartiersmanagement", K.FALLBACK, "follow_up.where.not_said", "~Quartiersmanagement"),
    # an apology for one's German before the follow-up: the follow-up is answered
    ("Scuze, germana mea nu e bună. Care este scopul acestui proiect?", "project_detail", "project:~Schulfrühstück", K.PROJECT_DETAIL, "follow_up.project", "~Schulfrühstück"),
    ("Sorry, mein Deutsch ist nicht gut. Was ist das Ziel von dem Projekt?", "project_detail", "project:~Schulfrühstück", K.PROJECT_DETAIL, "follow_up.project", "~Schulfrühstück"),
    # corrections: the project negated is not the one meant; one project told by what it does
    ("nicht das mit der aufsuchenden arbeit, das andere", "nlu_fallback", "project:~Maßnahmenkatalog", K.PROJECT_DETAIL, "the_other.not_negated", "~Maßnahmenkatalog"),
    ("nee nicht das, ich meinte das in nette mit den sprachkursen", "inform", "project:~Begegnungshäuser", K.PROJECT_DETAIL, "correction>bare.project", "~Sprachkurse"),
    ("Nein, ich meine das, wo die Mütter selbst Deutsch lernen.", "project_search", "list:Mütter", K.PROJECT_DETAIL, "correction>bare.meant_one", "~Sprachförderung"),
    # only the contact detail, in other languages ("само", "just")
    ("само имейла, моля", "affirm", "places:Borsigplatz", K.PLACE_CONTACT, "small_talk>contact.focus>focus.places", "Borsigplatz"),
    # "dieselbe Person?" of a place beside the one in focus: yes or no as the page has it
    ("Und für Lindenhorst/Eving II – ist das dieselbe Person?", "district_contact", "places:Eving I", K.SAME_PERSON, "yes_no.same_person.focus", "Eving I/Kemminghausen, Lindenhorst/Eving II", "yes"),
    ("und für Hörde, ist das dieselbe Person?", "district_contact", "places:Nette", K.SAME_PERSON, "yes_no.same_person.focus", "Nette, Hörde", "no"),
    # the terms of the project shown, asked before a story or in two questions: the Projektbüro
    ("Kostet mich das was? Meine Rente ist nicht so groß, wissen Sie.", "nlu_fallback", "project:~Seniorenwohnungen", K.FALLBACK, "follow_up.not_said", ""),
    ("Wie meld ich mich da an? Muss ich da irgendwo hin?", "out_of_scope", "project:~Nachbarschaftshelfer", K.FALLBACK, "follow_up.not_said", ""),
    # the address of a project named: where the page places it, else that it does not say
    ("Wo ist das Gründerinnenzentrum, welche Adresse?", "project_detail", "list:Frauen", K.FALLBACK, "follow_up.where.not_said", "~Gründerinnenzentrum"),
    ("Wo finde ich Infos zum Walkingbus?", "project_detail", "", K.PROJECT_DETAIL, "named_project", "~Walkingbus"),
    # "Gibt es X?" for an X the plan lacks: a title word beside it names no project
    ("Gibt es bei euch Lesepaten für Grundschüler?", "project_search", "", K.PROJECT_NONE, "project_search>search.words>unsure", "", "no"),
    ("Gibt es im Quartier kostenloses WLAN?", "nlu_fallback", "", K.PROJECT_NONE, "fallback>lacking", "", "no"),
    ("Gibt es das Windel-Cafe noch?", "project_search", "", K.PROJECT_DETAIL, "named_project", "~Windel"),
    # talks19b: a correction naming one project by what it is; a negated place; a place's contact
    ("Nee, ich meinte eigentlich die Sprachförderung für Mütter mit Migrationshintergrund. Was ist da das Ziel?", "project_detail", "list:Familien", K.PROJECT_DETAIL, "correction>bare.meant_one", "~Sprachförderung"),
    ("nich das in eving 🙄 das andere, was machen die da?", "project_detail", "list:Sport", K.PROJECT_DETAIL, "the_other.not_negated", "~Schulhöfen"),
    ("شكرا جزيلا. من المسؤول عندنا في النوردماركت؟ هل يوجد شخص في الحي أستطيع أن أكلمه؟", "project_search", "", K.PLACE_CONTACT, "project_search.someone", "Nordmarkt", "yes"),
    ("A moja siostra mieszka w Alt-Scharnhorst – czy to ta samą osoba?", "district_contact", "places:Scharnhorst Ost", K.SAME_PERSON, "yes_no.same_person.focus", "Scharnhorst Ost, Alt-Scharnhorst", "yes"),
    # an errand of its own beside the project shown is the portal's; the plan's reason, its links
    ("elterngeld wo beantragen", "out_of_scope", "project:~Windel", K.OUT_OF_SCOPE, "out_of_scope", ""),
    ("wo kann ich mich da anmelden?", "out_of_scope", "project:~Windel", K.FALLBACK, "follow_up.not_said", ""),
    ("warum gerade die 13? nach welchem kriterium", "out_of_scope", "places:Hörde", K.PLAN_FACT, "out_of_scope.plan>plan.fact", "fact:aktionsraeume"),
    ("danke, super hilfreich. gibts links zum zitieren?", "thank", "report", K.LINKS, "small_talk>links", ""),
    ("und Kirchlinde nebenan?", "district_contact", "member:Bodelschwingh", K.NOT_A_PLACE, "yes_no.not_a_place", "?Kirchlinde", "no"),
    # review: a same-person word beside a search, "hier", thanks naming the link, a praise
    ("Gibt es in Hörde etwas für meine beiden Kinder?", "project_search", "places:Nette", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    ("Ich bin neu hier. An wen kann ich mich mit Fragen zu den Projekten wenden?", "project_office_contact", "list:Senioren", K.OFFICE_CONTACT, "office", ""),
    ("danke für den Link!", "thank", "report", K.THANK, "small_talk", ""),
    ("nein nicht der Borsigplatz der Nordmarkt", "district_contact", "places:Hafen", K.PLACE_CONTACT, "correction>bare.place", "Nordmarkt"),
    ("und um wieviel uhr geht der morgens los", "out_of_scope", "project:~Walkingbus", K.FALLBACK, "follow_up.not_said", ""),
    ("kostet das was 💸 und muss man sich da anmelden?", "out_of_scope", "choice:Sport", K.FALLBACK, "follow_up.not_said", ""),
    # an ordinal beside a school class is no pick
    ("And for my daughter? She is 8, in second grade.", "project_search", "list:Kleinkinder", K.PROJECT_DETAIL, "project_search>search.words.one", "*"),
    # the list of places, and why a place is one
    ("Welche Stadtteile sind eigentlich Aktionsräume?", "district_list", "", K.DISTRICT_LIST, "district_list", ""),
    ("warum ist der hafen überhaupt ein aktionsraum?", "topic_overview", "places:Hafen", K.PLAN_FACT, "plan.fact", "fact:aktionsraeume"),
    # --- session 21: "Gibt es X für Y?" answers "Ja" only where X is for Y and fits ------------
    # what was found serves other ages than the age group asked: "Nein", then that group's
    ("Gibt es ein gemeinsames Frühstück für Senioren?", "project_search", "", K.PROJECT_OTHER_AGE, "project_search>search.words.one>other_age", "~Ausbau der Serviceangebote, ~Seniorenwohnungen", "no"),
    ("Gibt es den Walkingbus auch für Senioren?", "inform", "", K.PROJECT_OTHER_AGE, "named_project>other_age", "~Ausbau der Serviceangebote, ~Seniorenwohnungen", "no"),
    ("Ist das auch was für Senioren?", "project_detail", "project:~Walkingbus", K.PROJECT_OTHER_AGE, "project_detail.named>search.words>other_age", "~Ausbau der Serviceangebote, ~Seniorenwohnungen", "no"),
    ("Ist das auch für Kinder?", "project_detail", "project:~Walkingbus", K.PROJECT_DETAIL, "project_detail.named>search.words>same_age", "~Walkingbus", "yes"),
    ("Gibt es auch was für Senioren?", "project_search", "project:~Walkingbus", K.PROJECT_LIST, "project_search>search.words", "~Seniorenwohnungen, ~Ausbau der Serviceangebote", "yes"),
    ("Gibt es Frühstück für Kinder?", "project_search", "", K.PROJECT_DETAIL, "project_search>search.words.one", "~Schulfrühstück", "yes"),
    ("Gibt es Sprachkurse für Senioren?", "project_search", "", K.PROJECT_DETAIL, "named_project", "~Sprachkurse für alle Altersgruppen"),
    ("Gibt es Frühstück für Mütter?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),  # no age group
    # a project named, asked at a place where the page does not place it: "Nein", where it is
    ("Gibt es die Sportpaten auch in Hörde?", "project_search", "", K.PROJECT_ELSEWHERE, "project_at_place.elsewhere", "Hörde, ~Sportpaten", "no"),
    ("Gibt es die Sportpaten auch für Schwimmvereine in Hörde?", "district_contact", "", K.PROJECT_ELSEWHERE, "project_at_place.elsewhere", "Hörde, ~Sportpaten", "no"),
    ("Wer macht die Sportpaten in Eving?", "district_contact", "", K.PLACE_CONTACT, "contact>place", "Eving I/Kemminghausen, Lindenhorst/Eving II"),
    # only loose words found projects, nothing fits in words and meaning: no "Ja"
    ("Gibt es Projekte für Menschen mit Behinderung?", "project_search", "", K.PROJECT_NONE, "project_search>search.words>unsure.loose", "", "no"),
    ("Gibt es was für Menschen ohne Arbeit?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    # --- session 21 (talks21): "something else?" after one project, membership after a list ---
    # more after one project shown alone: those like it, not "which project?"
    ("gibt es noch was anderes?", "project_search", "project:~Maßnahmenkatalog", K.PROJECT_LIST, "more>page>similar", "*"),
    ("А ще щось є?", "nlu_fallback", "project:~Fitte Frauen", K.PROJECT_LIST, "more>page>similar", "*"),
    ("başka bir şey var mı?", "project_search", "list:Jugendliche", K.PROJECT_LIST, "more>page.next", "*"),
    ("mehr dazu", "project_detail", "project:~Walkingbus", K.PROJECT_DETAIL, "project_detail.follow_up", "~Walkingbus"),
    # whether a place is in the plan, asked after a list: the membership, unless the list is meant
    ("Is Marten actually part of this plan?", "district_list", "list:Senioren", K.MEMBER, "yes_no.member", "Marten", "yes"),
    ("Ist Marten ein Aktionsraum?", "district_list", "list:Senioren", K.MEMBER, "yes_no.member", "Marten", "yes"),
    ("sind die auch in Marten?", "project_search", "list:Senioren", K.PROJECT_ELSEWHERE, "list_at_place.elsewhere", "Marten, ~Ausbau der Serviceangebote, ~Seniorenwohnungen"),
    # "which ones?" after a membership question: the places that are
    ("welche gibt es denn?", "nlu_fallback", "member:Hörde", K.DISTRICT_LIST, "yes_no.which_places", ""),
    # the plan asked for by its name, the meaning near projects' words ("sozial")
    ("was ist das eigentlich für ein plan, soziale stadt?", "topic_overview", "", K.OVERVIEW, "topic_overview", ""),
    ("was ist Plan B?", "project_detail", "", K.PROJECT_DETAIL, "project_detail.clear_lead", "~Plan B"),
    # away for a moment: a pause, the focus stays (a child named in it is no search)
    ("moment, mein kind schreit", "project_search", "list:Senioren", K.AFFIRM, "pause", ""),
    ("bin gleich zurück", "nlu_fallback", "list:Senioren", K.AFFIRM, "pause", ""),
    ("Сейчас вернусь", "nlu_fallback", "list:Senioren", K.AFFIRM, "pause", ""),
    ("mein kind weint ständig, was kann ich tun?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # --- session 21 (sit21) -----------------------------------------------------------------
    # the Schwerpunkt itself asked: the one most of the fitting projects belong to
    ("Welcher Schwerpunkt kümmert sich um Jobs und Ausbildung?", "project_search", "", K.TOPIC, "project_search.topic", "topic:1"),
    ("Gibt es im Plan einen eigenen Bereich, bei dem es um Kinder und Familien geht? Wie heißt der?", "nlu_fallback", "", K.TOPIC, "plan.topic", "topic:2"),
    # the terms of one project named, read as out of scope: the Projektbüro, not the portal
    ("Was kostet das Windel-Cafe?", "out_of_scope", "", K.FALLBACK, "out_of_scope.terms_of_project", "~Windel"),
    ("Wie melde ich meine Tochter beim Walkingbus an und kostet das was?", "out_of_scope", "", K.FALLBACK, "out_of_scope.terms_of_project", "~Walkingbus"),
    ("Wo kann ich das blaue Haus mieten?", "out_of_scope", "", K.OUT_OF_SCOPE, "out_of_scope", ""),
    # "ich meine" before a person is no correction: "Kann ich meine Mutter da anmelden?"
    ("Kann ich meine Mutter da anmelden?", "project_detail", "project:~Seniorenwohnungen", K.FALLBACK, "follow_up.not_said", ""),
    # programs for people like me are no membership question ("программы" is a membership cue)
    ("Здравствуйте, я мужчина, мне 55, уже 7 лет без работы, живу в Hörde. Есть программы для таких, как я?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # --- session 21 review: what the new rules must leave alone ---------------------------
    ("gibts was für arbeitslose?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    ("gibts schwimmkurse für kinder?", "project_search", "", K.PROJECT_NONE, "project_search>search.words>unsure", "", "no"),
    ("gibts in nette was ähnliches? da hab ich noch nen laden", "project_search", "project:~Quartiersmanagement", K.PROJECT_LIST, "project_search>search.words", "~Attraktivität und Beschäftigung, ~Begegnung in Nette", "yes"),
    ("Gibt es was mit der Uni?", "project_search", "", K.PROJECT_DETAIL, "project_search>search.words.one", "~Perspektivenwechsel", "yes"),
    ("Ist das Windel-Cafe auch für Jugendliche?", "project_detail", "", K.PROJECT_DETAIL, "named_project", "~Windel"),  # for parents: any age
    ("Gibt es Sprachkurse auch in Hörde?", "project_search", "", K.PROJECT_DETAIL, "named_project", "~Sprachkurse für alle"),  # others fit too
    ("welche gibt es da denn?", "project_search", "member:Hörde", K.PROJECT_DETAIL, "project_search.there>search.places.one", "*"),
    ("Ist Hörde auch dabei?", "district_list", "list:Senioren", K.PROJECT_ELSEWHERE, "list_at_place.elsewhere", "Hörde, ~Ausbau der Serviceangebote, ~Seniorenwohnungen"),
    ("hmm, telefon?", "district_contact", "places:Hörde", K.PLACE_CONTACT, "contact.focus>focus.places", "Hörde"),
    ("Welcher Schwerpunkt passt zu mir?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # --- session 22: terms of a project named, needs told before a question -----------------
    # prices, times, addresses, signing up: the project and the Projektbüro who knows them
    ("Was kostet das Windel-Cafe im B3?", "project_detail", "", K.PROJECT_DETAIL, "named_project>terms", "~Windel"),
    ("Какие часы работы у Windel-Cafe?", "project_detail", "", K.PROJECT_DETAIL, "named_project>terms", "~Windel"),
    ("Wie melde ich mich als Nachbarschaftshelfer an?", "project_search", "", K.PROJECT_DETAIL, "named_project>terms", "~Nachbarschaftshelfer"),
    ("Ich fange morgens um 6 Uhr mit der Arbeit an und meine Tochter geht ohne Frühstück in die Grundschule, was kann ich tun?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*"),
    # a story, then a question in another language whose need its lexicon knows
    ("Komşularla sürekli kavga var, farklı kültürlerdeyiz. Arabulucu var mı?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "~Interkulturelle Konfliktvermittlung, ~Maßnahmenkatalog", "yes"),
    ("Sąsiedzi ciągle się kłócą. Czy jest mediator?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    ("Wir haben Streit mit den Nachbarn wegen Lärm, helfen da die Straßenkümmerer?", "project_search", "", K.PROJECT_DETAIL, "named_project", "~Straßenkümmerer"),
    ("I work in a cafe and earn very little. Is there help for a better job?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "*", "yes"),
    ("Is there a free bicycle workshop for young people?", "project_search", "", K.PROJECT_NONE, "project_search>search.none", "", "no"),
    # "der"/"die" after the verb, or an English pronoun, asks of the contact just given
    ("ist der auch für wickede zuständig?", "district_contact", "places:Marten", K.PERSON_SERVES, "yes_no.person_serves", "Wickede, @Marten", "no"),
    ("Is he also responsible for Wickede?", "district_contact", "places:Marten", K.PERSON_SERVES, "yes_no.person_serves", "Wickede, @Marten", "no"),
    ("ist die auch für Senioren?", "project_detail", "project:~Walkingbus", K.PROJECT_OTHER_AGE, "project_detail.named>search.words>other_age", "~Ausbau der Serviceangebote, ~Seniorenwohnungen", "no"),
    # ... but not a question for a contact, nor one of someone close or of the project shown
    ("Wer ist der für Marten zuständige Ansprechpartner?", "district_contact", "places:Hörde", K.PLACE_CONTACT, "contact>place", "Marten"),
    ("meine Tochter wohnt in Eving, ist die da auch dabei?", "district_contact", "places:Marten", K.MEMBER, "yes_no.member", "Eving I/Kemminghausen, Lindenhorst/Eving II", "yes"),
    ("My daughter moved to Nette. Does she also have a contact person there?", "district_contact", "places:Marten", K.PLACE_CONTACT, "contact>place", "Nette"),
    ("ist die denn kostenlos?", "out_of_scope", "project:~Windel", K.FALLBACK, "follow_up.not_said", ""),
    # one title word of another project in a story that clearly fits one: no name
    ("Ich bin Lehrer. Viele meiner Grundschüler laufen allein über eine gefährliche Kreuzung zur Schule. Gibt es dafür ein Projekt?", "project_search", "", K.PROJECT_LIST, "project_search>search.words", "~Walkingbus, ~Schulfrühstück, ~Familienstützpunkte, ~Quartiersmanagement", "yes"),
]
# fmt: on


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
        listed = (Kind.PROJECT_LIST, Kind.PROJECT_UNPLACED)
        assert decision.kind in listed, f"bad row: {word!r} lists nothing"
        return decision

    def focus(self, spec: str) -> Focus:
        kind, _, value = spec.partition(":")
        if kind == "places":
            place, _, detail = value.partition("/")
            return Focus(Subject.PLACES, places=self.places(place),
                         details=(detail,) if detail else ())  # fmt: skip
        if kind == "person":
            return Focus(Subject.PERSON, person=self.person(value))
        if kind == "report-person":  # the n-th person of the Sozialplanung
            return Focus(Subject.PERSON, person=self.kb.contacts(Role.REPORT)[int(value) - 1].name)
        if kind == "project":
            return Focus(Subject.PROJECT, project=self.project(value))
        if kind == "one":  # a search's one result, shown alone
            number = self.project(value)
            return Focus(Subject.PROJECT, project=number, projects=(number,),
                         query=ListQuery(ListKind.SEARCH))  # fmt: skip
        if kind == "list":
            word, _, start = value.partition("@")
            found = self.search(word)
            return Focus(Subject.PROJECT, projects=tuple(p.number for p in found.projects),
                         start=int(start or 0), query=found.query,
                         places=found.query.places)  # fmt: skip
        if kind == "lists":
            first, _, last = value.partition(">")
            return self.focus(f"list:{last}").but(earlier=self.listed(first))
        if kind == "contact-after":
            word, _, place = value.partition("@")
            return self.focus(f"list:{word}").but(subject=Subject.PLACES, places=self.places(place))
        if kind == "topic":
            position, _, start = value.partition("@")
            topic = self.kb.topics()[int(position) - 1]
            numbers = tuple(p.number for p in self.kb.projects(topic))
            return Focus(Subject.PROJECT, projects=numbers, start=int(start or 0),
                         query=ListQuery(ListKind.TOPIC, str(topic.number)))  # fmt: skip
        if kind == "picked":
            word, _, position = value.partition("#")
            listed = self.focus(f"list:{word}")
            return listed.but(project=listed.projects[int(position) - 1])
        if kind == "office-of":  # the Projektbüro given for a project shown
            return Focus(Subject.OFFICE, project=self.project(value))
        if kind == "choice":  # "which one?" asked of a list's first page (actions.answers._choose)
            return Focus(projects=self.focus(f"list:{value}").shown)
        if kind == "member":
            return Focus(Subject.PLACES, places=self.places(value), question=Question.MEMBERSHIP)
        if kind == "overview-after":
            listed = self.focus(f"list:{value}")
            return listed.but(subject=Subject.PLAN, query=ListQuery(ListKind.TOPICS))
        if kind == "overview":
            return Focus(Subject.PLAN, query=ListQuery(ListKind.TOPICS))
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
    text, intent, focus_spec, kind, rule, referent, *answer = row
    focus = resolve.focus(focus_spec)
    turn = read_text(resolve.kb, resolve.text(text), intent=intent)
    decision: Decision = decide(turn, focus, resolve.kb)
    assert decision.kind is kind, f"{text!r}: {decision.kind} ({decision.referent})"
    assert decision.rule == rule, f"{text!r}: decided by {decision.rule}"
    if referent.startswith("first:"):
        assert decision.referent.split(", ")[0] == resolve.referent(referent[6:], focus), text
    elif referent != "*":
        assert decision.referent == resolve.referent(referent, focus), text
    if answer:
        assert decision.answer == answer[0], text


def test_the_table_is_large_enough() -> None:
    assert len(ROWS) >= 150

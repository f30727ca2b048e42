"""Word counts and scores the decision steps compare a message with."""

from __future__ import annotations

from knowledge.ranking import FITS

RUNNER_UP_CONFIDENCE = 0.1  # an intent the NLU gives less is no reading of the message


MAX_RUNNERS_UP = 2

MAX_LIST = 12

MAX_PICK_WORDS = 10

# After a list, a place in no more words asks the list again there: "und in Nette?",
# "und was ist mit Hörde?"; "Hörde?" alone in fewer.
AND_PLACE_WORDS = 5
BARE_PLACE_WORDS = 2

STORY_WORDS = 12  # a message this long that fits projects tells a situation, not a contact request

# A story that tells a need in everyday words the page's offers answer ("ich werd in der schule
# gemobbt", Turn.need_fits) tells a situation from this many words on, the need being its point.
NEED_STORY_WORDS = 5

CONTACT_STORY_EXTRA = 3  # words more when the NLU read a contact request

# A search whose best project fits this little (the fused score; FITS is 0.30) leaves a
# question read by meaning as one about the plan to the plan ("Wie viele Projekte werden
# gerade umgesetzt?" fitted a project at 0.33 once situations counted; session 14).
WEAK_FIT = 0.4
MIN_WORDS_BY_MEANING = 3  # shorter messages ("telefon?", "Merhaba, nasılsın?") say too little

SHORT_FOLLOW_UP = 6  # words: in a talk about something else, a follow-up ("для кого это?")

# Words up to which a question pointing to the project just shown ("da") asks about it:
# "Können wir da mit der ganzen Klasse hin?".
POINTED_FOLLOW_UP = 10

# A description this long is no name, even with a word the dictionary lacks ("Elterntaxi").
DESCRIBED_WORDS = 10

ERRAND_WORDS = STORY_WORDS + CONTACT_STORY_EXTRA  # longer: a story whose "zu teuer" is background

MIN_LISTED_WORD = 5  # letters: a shorter word ("Haus") names no one project of a list
MIN_LISTED_END = 3  # letters: a short word naming a title word or its end ("Bus": "Schulbus")

NOTHING_NEAR = FITS / 2  # the nouns beside a place come nowhere near a project ("Jobsuche" does)

# A told situation fits projects clearly from this fused score on, whatever intent the NLU
# read (see clear_story). On the development situations the stories the NLU read as out of
# scope fit at 0.45 and above, the city matters told as stories at most 0.36.
STORY_FIT = 1.5 * FITS

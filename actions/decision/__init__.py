"""The one place that decides every answer: what is asked x what is named x the focus.

``decide(turn, focus, kb)`` returns the answer kind and its referent; the
renderers in :mod:`actions.answers` only turn it into messages. The NLU's
intent says what is asked; strong referents absorb a misread intent (one
project named by its title under a search intent gives that project's detail,
a question about the plan itself gets the page's statement whatever intent).

The steps, in the order :func:`decide` (:mod:`.deciding`) tries them:
:mod:`.small_talk`; focus steps (:mod:`.picks`, :mod:`.follow_ups`); a project
named or described (:mod:`.named`); the plan itself (:mod:`.plan_questions`);
a story (:mod:`.stories`); the intent's own answer (:mod:`.intents`); last the
"nothing fits" steps (:mod:`.nothing_fits`). Shared: :mod:`.kinds` (what a
decision is), :mod:`.lists`, :mod:`.contacts`, :mod:`.signals`, :mod:`.limits`.
"""

from actions.decision.deciding import OUT_OF_SCOPE, decide
from actions.decision.kinds import OWN_YES_NO, Decision, Handler, Kind
from actions.decision.small_talk import SMALL_TALK_KINDS

__all__ = [
    "OUT_OF_SCOPE",
    "OWN_YES_NO",
    "SMALL_TALK_KINDS",
    "Decision",
    "Handler",
    "Kind",
    "decide",
]

"""Custom actions of the Soziale-Stadt assistant (rasa-sdk).

One answering action (:mod:`actions.action_answer`): read the turn once
(:mod:`actions.turn`), decide by one named rule (:mod:`actions.decision`),
render with the responses of ``domain.yml`` (:mod:`actions.answers`). The
action server imports every module here and registers each non-abstract
``Action`` subclass.
"""

"""Custom actions of the Soziale-Stadt assistant (rasa-sdk).

Thin by design: read entities and slots, call one function of ``knowledge``,
pass the values to a response of ``domain.yml``. The action server imports
every module here and registers each non-abstract ``Action`` subclass.
"""

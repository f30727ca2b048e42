"""Custom actions of the assistant (rasa-sdk).

They read slots and entities, call one function of :mod:`knowledge` and pass
the values to a response.
"""

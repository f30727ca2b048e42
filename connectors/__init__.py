"""Input channels of the assistant that Rasa's own connectors do not cover."""

"""NLU graph components used by config.yml (Rasa's own, with fixes)."""

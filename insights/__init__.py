"""What citizens asked: reports and retention over the Rasa tracker store (no Rasa import)."""

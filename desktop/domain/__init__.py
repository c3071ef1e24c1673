"""Plain-Python domain: vocabularies, value objects and rules. Imports nothing of ours."""

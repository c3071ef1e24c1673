"""NMRF Desk: follow-up of human rights recommendations for national mechanisms."""

__version__ = "0.1.0"

"""Facilitator: the moderator's tool for smarketing meetings."""

__version__ = "0.1.0"

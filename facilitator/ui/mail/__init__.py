"""Minutes out of the app: export, send, mail settings."""

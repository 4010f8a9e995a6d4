"""Team mode: several moderators on one shared database."""

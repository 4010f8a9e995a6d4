"""The run: the moderator's console, the presenter screen, notes, the review of carried items."""

"""The presenter screen: the clock the room sees, where it opens and how the console drives it."""

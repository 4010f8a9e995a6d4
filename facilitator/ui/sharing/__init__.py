"""The console's and the presenter screen's side of sharing the clock on the local network."""

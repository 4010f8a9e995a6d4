"""What goes out of and comes into the app: the JSON exchange, .ics, and mail."""

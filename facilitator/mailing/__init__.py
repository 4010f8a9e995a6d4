"""What the app mails before and after a meeting: the pre-read, owners' follow-ups, reminders,
and the sent log that records every mail with each recipient's outcome (issue #17)."""

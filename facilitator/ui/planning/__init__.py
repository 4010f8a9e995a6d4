"""Planning: meetings, their agenda, templates, people and attendance, and the as-run view."""

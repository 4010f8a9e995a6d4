"""The run's pure rules: agenda caps, the derived clock, pacing, schedules, what carries over."""

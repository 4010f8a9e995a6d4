"""The neutrality report (issue #18 point 5): whether the meetings stay balanced between the teams.

floor_time.py replays each meeting's run events into the time each team held the floor;
balance.py adds the disputes each team raised and how disputes were settled, per meeting and
per period, with a verdict in words when the balance tips; lead_quality.py reads the baseline's
follow-up against conversion; minutes_lines.py and minutes_section.py put the last three months
in the management minutes; demo_neutrality.py gives the demo's disputes their settlements.
"""

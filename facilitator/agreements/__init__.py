"""The agreements register (issue #18): the standing agreements between Sales and Marketing.

Each agreement (the MQL definition, the lead-scoring standard, the SLA terms...) has versions,
each in force from a day, with the meeting that agreed it and the decision note or resolved
dispute that led to it. standard.py gives a database the standard ones; register.py reads and
records versions; text_diff.py compares two; minutes_lines.py and minutes_section.py put them
in the minutes; demo_agreements.py writes the demo's history.
"""

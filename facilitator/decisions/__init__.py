"""What a smarketing tool knows about its decisions: won and lost deals with their reasons
(the quarterly win/loss rundown), SMART goals' deadline and objective, and the decision log
whose decisions come back on the agenda when their review date has passed."""

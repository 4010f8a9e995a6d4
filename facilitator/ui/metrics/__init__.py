"""The numbers: the metrics grid, goals, trends and the alignment baseline."""

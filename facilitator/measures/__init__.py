"""SLA and funnel numbers: goals, values, units, CSV import, the alignment baseline."""

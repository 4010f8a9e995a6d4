"""The funnel and closed-loop scorecard (issue #18 point 2): the CRM's stage counts per period
and lead source, imported from a CSV, read as conversion rates and a verdict on each source."""

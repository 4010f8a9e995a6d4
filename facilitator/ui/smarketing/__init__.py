"""Windows for what only a smarketing tool knows (issue #18): the agreements register, the
funnel scorecard, win/loss and the decision log, the neutrality report."""

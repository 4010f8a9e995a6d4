"""Benchmarks and fault trials for Facilitator: `python3 -m benchmarks` (see README.md here)."""

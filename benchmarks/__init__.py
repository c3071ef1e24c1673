"""Benchmarks: a generator of synthetic databases and timed scenarios.

Run ``python -m benchmarks.run``; see benchmarks/README.md.
"""

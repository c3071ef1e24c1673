"""Qt item models and proxies."""

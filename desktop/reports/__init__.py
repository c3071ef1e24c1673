"""PDF reports with ReportLab.

One module per report, each exposing build(data, fp). No Qt, no SQL.
"""

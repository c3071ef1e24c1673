"""Importing recommendation files: the official formats (UHRI export, OHCHR
thematic list, UPR Info CSV) and any spreadsheet through a column mapping.

Each reader turns a file into :class:`~desktop.services.importing.records.ImportedRecommendation`
items and :class:`~desktop.services.importing.records.RowProblem` items; the
import service compares them with the database and applies them in one
transaction."""

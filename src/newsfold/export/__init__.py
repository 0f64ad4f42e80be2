"""Records -> files: JSONL, CSV (ACLED's column names), GeoJSON."""

from newsfold.export.writers import FORMATS, WHATS, ExportError, export

__all__ = ["FORMATS", "WHATS", "ExportError", "export"]

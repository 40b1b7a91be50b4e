"""What organizers publish: HTML report, workbook, CSV, terminal text, Datasette metadata."""

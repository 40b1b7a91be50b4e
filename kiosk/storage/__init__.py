"""The booth's SQLite file: schema, hash-chained visitor records, content, export. No Qt."""

"""After the festival: merge booth files, verify them, rank, flag anomalies, report. No Qt."""

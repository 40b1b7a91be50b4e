"""Merging booth files into the festival file: inputs, the file, content versions, receipts."""

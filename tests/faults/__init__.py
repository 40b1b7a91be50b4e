"""Fault and bad-input tests: power cuts, full disks, damaged files, hostile packs."""

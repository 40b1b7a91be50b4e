"""Reading a merged festival file: ranking, anomalies (clock jumps, long runs), figures, SKM."""

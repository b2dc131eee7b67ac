"""减排核查: the reduction-check page (meter data, baseline, flags, chart)."""

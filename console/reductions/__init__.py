"""Reductions that can be checked (issue 18; plan §4.3 "可操作、可监测、可核查", §5, §7.6): meter readings of the
firms on the emission-reduction list, the CalTRACK-style baseline and the curtailment checks with their flags.
Qt-free; SQL lives in console/store/reductions.py."""

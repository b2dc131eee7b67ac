"""Constants shared by the drill runner and its event handlers."""
from datetime import timedelta

ACTOR = "drill"  # the console's own automation inside a drill (imports, triggers, boards)
AUTO_DELAY = timedelta(minutes=30)

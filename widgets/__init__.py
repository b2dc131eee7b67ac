"""Qt views of the console. One widget per file; bridge.py is the one QObject core events reach."""

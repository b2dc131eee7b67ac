"""Domain core of the heavy-pollution emergency console. No Qt imports here (enforced by a test)."""

"""How long the case list waits after a key before it searches.

The wait is there so a search is not started for every key of a word being typed. Since a
newer search stops the one still running (`CaseListModel`), a search started too early costs
little while searches are quick, so the wait stays short: the list answers about as soon as
the typing pauses. When searches take long (a large database, a slow disk), each one started
and then stopped is work the database thread did for nothing, so the wait grows, up to the
150 ms the list always used to wait.

Display-free: the panel feeds it the time each read took and asks it for the wait.
"""

from __future__ import annotations

#: The wait while searches are quick: a fast typist's keys come 80-150 ms apart, so most
#: words still search once per pause, and a search after the last key starts at once.
SHORTEST_MS = 40
#: The wait while searches are slow: the old fixed delay, long enough that a typist rarely
#: starts a search between two keys of a word.
LONGEST_MS = 150
#: Reads up to this long keep the shortest wait: started, stopped and started again, they
#: still answer within about a tenth of a second of the last key.
QUICK_READ_MS = 60
#: Reads this long or longer get the longest wait; in between, the wait grows in proportion.
SLOW_READ_MS = 300
#: Weight of the newest read against those before it: one slow read (a cold cache after
#: unlocking) lengthens the wait by half its excess, a few quick ones bring it back down.
NEWEST_WEIGHT = 0.5


class SearchDelay:
    """The wait after a key, from the times the last reads took."""

    def __init__(self) -> None:
        self.typical_read_ms: float | None = None

    def observe(self, seconds: float) -> int:
        """Note one read's time (on the database thread); the wait from now on, in ms."""
        ms = seconds * 1000
        if self.typical_read_ms is None:
            self.typical_read_ms = ms
        else:
            self.typical_read_ms = NEWEST_WEIGHT * ms + (1 - NEWEST_WEIGHT) * self.typical_read_ms
        return self.ms

    @property
    def ms(self) -> int:
        typical = self.typical_read_ms or 0.0
        share = (typical - QUICK_READ_MS) / (SLOW_READ_MS - QUICK_READ_MS)
        share = min(1.0, max(0.0, share))
        return round(SHORTEST_MS + share * (LONGEST_MS - SHORTEST_MS))

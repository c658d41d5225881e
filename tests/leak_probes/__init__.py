"""The identity-leak guard's adversary: a probe corpus of realistic leaks and the harness that
pushes every probe through the real outputs (hearing summary, calendar, counts CSV)."""

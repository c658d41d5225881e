"""Reliability and security evidence (issue 6): crashes, tampering, leaks, bad input.

Figures and reproduction commands are in docs/RELIABILITY.md. Long runs are behind
``CASEINTAKE_LONG=1``.
"""

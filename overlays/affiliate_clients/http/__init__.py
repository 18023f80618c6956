"""Vendor-agnostic mechanisms: retry policy, request budget, retrying transports, typed errors, redaction.

Vendor packages configure these; they never copy them.
"""

"""Compile the hand-written OpenAPI specs in ``specs/`` into typed client packages in ``generated/``.

Run as ``python -m generator <command>``; see ``python -m generator --help``.
"""

"""Landing pulls in a database with dlt (the ``dlt`` extra): one source per vendor, DuckDB by default.

Every page travels as one ``pyarrow.Table`` with an explicit schema derived from the spec (``schema.py``);
tables merge by primary key; the incremental cursors are dlt state. See ``docs/landing.md``.
"""

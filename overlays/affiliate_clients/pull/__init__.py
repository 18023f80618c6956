"""Pulling streams of records to files: the stream registry, the sinks, and the checkpointed runner."""

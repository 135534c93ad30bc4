"""Where corpus runs write: gzip JSONL shards, Parquet shards, an SQLite file with a full-text index."""

"""Corpus stages: site templates learned over many pages, and deduplication (exact and MinHash LSH)."""

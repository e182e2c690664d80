"""The extractor scored on public annotated news beside the project's own corpus."""

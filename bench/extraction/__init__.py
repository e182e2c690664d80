"""The extractor scored on public annotated news (CoNLL-2003, GUM, DirectQuote) beside our corpus."""

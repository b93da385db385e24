"""kg: a knowledge graph of who was recruited from where, who leads what, who builds which
clusters and models, extracted from Chinese (and English) AI-industry news."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "kg-extract/1"

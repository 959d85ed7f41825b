"""Extraction: news articles -> dated claims about foreign military presence."""

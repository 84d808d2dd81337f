"""Comparing: clause families side by side, two whole documents, and text reuse."""

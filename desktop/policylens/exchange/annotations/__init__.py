"""Annotation interchange: annotations, codes and memos out to and in from other programs' files.

Out: native.py (the project's own JSON, read back losslessly), w3c.py (W3C Web Annotation
JSON-LD), qdpx.py (a REFI-QDA project). In: importing.py tells the format apart by content and
reads it through incoming.py's one shape (hypothesis.py, native.py, w3c.py, qdpx_read.py);
merging.py folds a colleague's project into one's own. Nothing here imports exchange.reports.
"""

"""Report and table export: what the project holds, written for people to read (no Qt).

Annotations as tables (csv_export.py, xlsx.py over rows.py; markdown.py), the matrices
(matrix_table.py, written by matrix_html.py and matrix_xlsx.py), the comparisons (comparison.py for
one clause family, document_diff.py for two documents) and inter-coder agreement
(agreement_export.py). Reports are written, never read back; they use only the exchange's shared
helpers (context.py, xml_text.py), never exchange.annotations.
"""

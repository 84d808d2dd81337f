"""Clause ids are shown by what the unnumbered parts are: 前言 and 结尾, never preamble / closing."""
from policylens.core.clause_names import clause_name
from policylens.exchange.context import ExportContext
from policylens.exchange.reports.rows import annotation_rows


def test_unnumbered_parts_are_named_and_numbered_ids_kept():
    assert [clause_name(c) for c in ("preamble", "closing", "closing~2", "附件1/preamble", "二/(三)",
                                     "preambles", "第二章/第五条")] == \
        ["前言", "结尾", "结尾~2", "附件1/前言", "二/(三)", "preambles", "第二章/第五条"]
    assert clause_name("closing", {"preamble": "Preamble", "closing": "Closing"}) == "Closing"


def test_an_export_row_names_the_preamble(seed_docs, tmp_path):
    from policylens.core.anchoring import make_anchor
    from policylens.core.annotations import Annotation, Project

    doc = next(d for d in seed_docs.values() if d.clauses[0].kind == "preamble")
    preamble = doc.clauses[0]
    anchor = make_anchor(doc, preamble.start, preamble.start + 4)
    assert anchor.clause == "preamble"
    project = Project()
    project.apply({("annotations", "a"): Annotation("a", anchor)})
    (row,) = annotation_rows(ExportContext(project, {doc.key: doc}))
    assert row[4] == "前言"

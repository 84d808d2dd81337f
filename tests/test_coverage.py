"""The coverage matrix on the real seeds: 三门峡 as the template, every family by size, corrections.

Expected cells follow the families of tests/test_families.py (read from the documents); the
scores are the alignment's similarities of each member to the 三门峡 clause, the lead agencies
those of the outline (tests/expected/*.json).
"""
from __future__ import annotations

import pytest

from policylens.core.align import ClauseRef
from policylens.core.coverage import (ADOPTED, REFERENCE, CoverageError, band, family_coverage,
                                      template_coverage)
from policylens.core.families import Correction, Families, corrected

from test_families import CITY, EXPECTED

SANMENXIA = CITY["三门峡"]
KEYS = sorted(CITY.values())


@pytest.fixture(scope="module")
def docs(seed_docs):
    return {doc.key: doc for doc in seed_docs.values()}


@pytest.fixture(scope="module")
def families(docs):
    return Families.build(docs[key] for key in KEYS)


def clauses_of(docs):
    return lambda key: docs[key].clauses if key in docs else None


@pytest.fixture(scope="module")
def matrix(families, docs):
    groups = corrected(families.groups(), [], families.index)
    return template_coverage(families.index, groups, SANMENXIA, KEYS, clauses_of(docs))


def row_of(matrix, clause_id):
    return next(r for r, row in enumerate(matrix.rows) if row.reference.clause_id == clause_id)


def cells(matrix, clause_id):
    """{city: (clause id, score to 3 places, band, lead agencies)} of one template clause's row."""
    city_of = {key: city for city, key in CITY.items()}
    r = row_of(matrix, clause_id)
    found = {}
    for c, key in enumerate(matrix.keys):
        cell = matrix.cell(r, c)
        found[city_of[key]] = None if cell is None else (cell.clause_id, round(cell.score, 3), cell.band, cell.leads)
    return found


def test_rows_are_the_template_clauses_in_order_columns_the_others(matrix, docs):
    assert matrix.template == SANMENXIA
    assert matrix.keys == [CITY[c] for c in ("昭通", "丹东", "西宁", "始兴")]
    ids = [row.reference.clause_id for row in matrix.rows]
    assert ids[:5] == ["一", "二", "二/(一)", "二/(二)", "二/(三)"]
    assert ids[-1] == "四/(四)" and len(ids) == 21
    three_rights = matrix.rows[row_of(matrix, "三/(五)")]
    assert three_rights.title == "建立进城落户农民“三权”维护和自愿有偿退出机制"
    assert three_rights.path == (3, 5)


def test_three_rights_row(matrix):
    assert cells(matrix, "三/(五)") == {
        "昭通": ("四/(四)/14/(5)", 0.264, "changed", ("市委农办",)),
        "丹东": ("三/(九)", 0.724, "adopted", ("市农委",)),
        "西宁": ("三/(十一)", 0.672, "changed", ()),
        "始兴": ("三/(三)", 0.727, "adopted", ("县农业局",)),
    }
    assert matrix.counts(row_of(matrix, "三/(五)")) == {"adopted": 2, "changed": 2, "dropped": 0}


@pytest.mark.parametrize("subject", ["住房保障", "居住证", "审计", "人地挂钩"])
def test_rows_follow_the_families(matrix, subject):
    got = {city: cell[0] if cell else None
           for city, cell in cells(matrix, EXPECTED[subject]["三门峡"]).items()}
    assert got == {city: clause for city, clause in EXPECTED[subject].items() if city != "三门峡"}


def test_residence_permit_and_audit_cells(matrix):
    assert cells(matrix, "三/(十)") == {  # 推进居住证制度覆盖全部未落户城镇常住人口
        "昭通": None,
        "丹东": ("三/(十四)", 0.947, "adopted", ("市公安局",)),
        "西宁": ("三/(十八)", 0.714, "adopted", ()),
        "始兴": ("三/(八)", 0.804, "adopted", ("县公安局",)),
    }
    assert cells(matrix, "四/(四)")["西宁"] == ("四/(二十二)", 0.654, "changed", ())
    assert matrix.band(row_of(matrix, "四/(四)"), matrix.keys.index(CITY["昭通"])) == "dropped"


def test_a_clause_no_one_kept_is_dropped_everywhere(matrix):
    r = row_of(matrix, "二/(三)")  # 实行设立社区集体户口制度
    assert matrix.rows[r].family_id is None
    assert [matrix.cell(r, c) for c in range(4)] == [None] * 4
    assert matrix.counts(r) == {"adopted": 0, "changed": 0, "dropped": 4}


def test_bands():
    assert band(None) == "dropped"
    assert band(ADOPTED) == "adopted"
    assert band(ADOPTED - 0.001) == "changed"


def test_any_document_can_be_the_template(families, docs):
    groups = corrected(families.groups(), [], families.index)
    dandong = template_coverage(families.index, groups, CITY["丹东"], KEYS, clauses_of(docs))
    r = row_of(dandong, "三/(九)")
    cell = dandong.cell(r, dandong.keys.index(SANMENXIA))
    assert (cell.clause_id, round(cell.score, 3), cell.band, cell.leads) == ("三/(五)", 0.724, "adopted", ("市农业农村局",))


def test_corrections_change_the_cells(families, docs):
    unlink = Correction("unlink", ClauseRef(SANMENXIA, "三/(五)"), ClauseRef(CITY["昭通"], "四/(四)/14/(5)"))
    groups = corrected(families.groups(), [unlink], families.index)
    matrix = template_coverage(families.index, groups, SANMENXIA, KEYS, clauses_of(docs))
    assert cells(matrix, "三/(五)")["昭通"] is None
    assert matrix.counts(row_of(matrix, "三/(五)"))["dropped"] == 1


def test_family_mode_largest_first_reference_is_the_first_clause(families, docs):
    groups = corrected(families.groups(), [], families.index)
    matrix = family_coverage(families.index, groups, KEYS, clauses_of(docs))
    assert matrix.template is None and matrix.keys == KEYS
    sizes = [row.size for row in matrix.rows]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] == 5
    r = next(r for r, row in enumerate(matrix.rows) if row.reference == ClauseRef(SANMENXIA, "三/(五)"))
    reference = matrix.cell(r, 0)
    assert (reference.band, reference.score) == (REFERENCE, 1.0)
    assert round(matrix.cell(r, KEYS.index(CITY["丹东"])).score, 3) == 0.724
    assert matrix.counts(r) == {"adopted": 2, "changed": 2, "dropped": 0}


def test_unaligned_template_is_refused(families):
    with pytest.raises(CoverageError, match="not in the alignment"):
        template_coverage(families.index, {}, "no-such-document", KEYS)


"""One pair reads the same similarity in every view: the coverage matrix and the clause view.

丹东 三/(十四) scores 0.947 against 三门峡 三/(十) (tests/test_coverage.py): the matrix floored it to
0.94 while the clause view rounded it to 0.95."""
from policylens.app.comparing.compare_columns import Column, column_note
from policylens.core.coverage import Cell
from policylens.core.scores import score_text
from policylens.exchange.reports.matrix_table import coverage_text

DANDONG_PERMIT = 0.9466


def test_a_pair_reads_the_same_score_in_the_matrix_and_in_the_clause_view(corpus, qapp):
    dandong = next(d for d in corpus if d.meta.place.startswith("丹东"))
    clause = next(c for c in dandong.clauses if c.id == "三/(十四)")
    cell = Cell(dandong.key, clause.id, clause.title, DANDONG_PERMIT, "adopted", ("市公安局",))
    assert coverage_text(cell) == "三/(十四)  0.94\n市公安局"
    assert column_note(Column(dandong, clause, DANDONG_PERMIT, None)) == "相似度 0.94"


def test_scores_are_floored_to_two_decimals():
    assert [score_text(s) for s in (0.9466, 0.7, 0.6999, 0.724, 1.0, 0.0)] == \
        ["0.94", "0.70", "0.69", "0.72", "1.00", "0.00"]

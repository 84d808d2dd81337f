"""`annotations merge FILE --json` and `annotations agreement --coder A --coder B --json`, run
as a user runs them, on the hand-built pair of test_merge."""
import csv
import json
import subprocess
import sys

from openpyxl import load_workbook

from test_merge import Q1, Q2, Q3, colleague_json, ours  # noqa: F401 (a fixture)


def run(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "policylens", "--data-dir", str(data_dir), "annotations", *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_merge_then_agreement_as_json(ours, tmp_path):  # noqa: F811
    data, doc = ours
    merged = run(data, "merge", str(colleague_json(doc, tmp_path / "乙.json")), "--json")
    assert merged.returncode == 0, merged.stderr
    report = json.loads(merged.stdout)
    assert (report["format"], report["annotations_added"], report["identical"], report["memos_added"]) == \
        ("json", 2, 1, 1)
    assert report["codes_added"] == ["落户条件/积分"] and report["codes_matched"] == {"guid": 1, "path": 1}
    assert [(c["kind"], c["subject"][:len(doc.key)], c["ours"], c["theirs"]) for c in report["conflicts"]] == [
        ("code colour", "落户条件", "#4dabf7", "#ff0000"), ("note", doc.key, "[居住证] 我的笔记", "[居住证] 另一条笔记")]

    out = tmp_path / "agreement.xlsx"
    proc = run(data, "agreement", "--coder", "甲", "--coder", "乙", "--json", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    n = len(doc.text)
    cells = {r["code"]: r["characters"] for r in result["cells"]}
    # Both coded Q1 with 落户条件: full agreement; 居住证 only 甲 (Q2), 积分 only 乙 (Q3): kappa 0.
    assert cells["落户条件"] == {"units": n, "both": len(Q1), "only_a": 0, "only_b": 0,
                                 "neither": n - len(Q1), "percent": 100.0, "kappa": 1.0}
    assert (cells["居住证"]["only_a"], cells["居住证"]["kappa"]) == (len(Q2), 0.0)
    assert (cells["落户条件/积分"]["only_b"], cells["落户条件/积分"]["kappa"]) == (len(Q3), 0.0)
    overall = result["overall"]["characters"]
    both, a, b, units = len(Q1), len(Q1) + len(Q2), len(Q1) + len(Q3), 3 * n
    chance = a * b + (units - a) * (units - b)
    assert overall["kappa"] == round((units * (units - len(Q2) - len(Q3)) - chance) / (units * units - chance), 4)
    assert [(d["code"], d["a"], d["b"]) for d in result["disagreements"]] == [("居住证", Q2, ""), ("落户条件/积分", "", Q3)]
    sheets = load_workbook(out)
    rows = list(sheets["Agreement"].values)
    assert rows[0][:3] == ("scope", "code", "document") and rows[1][0] == "all" and rows[1][9] == overall["kappa"]
    assert list(sheets["Disagreements"].values)[0][4:] == ("甲", "乙")

    as_csv = tmp_path / "agreement.csv"
    assert run(data, "agreement", "--coder", "甲", "--coder", "乙", "--out", str(as_csv)).returncode == 0
    with open(tmp_path / "agreement-disagreements.csv", encoding="utf-8-sig", newline="") as f:
        assert [r[4:] for r in csv.reader(f)] == [["coder_a: 甲", "coder_b: 乙"], [Q2, ""], ["", Q3]]


def test_agreement_needs_two_coders(ours):  # noqa: F811
    data, _ = ours
    proc = run(data, "agreement", "--coder", "甲")
    assert proc.returncode == 2 and "give two different coders" in proc.stderr


def test_merging_a_file_that_is_not_a_project_says_why(ours, tmp_path):  # noqa: F811
    data, _ = ours
    bad = tmp_path / "notes.json"
    bad.write_text("[1, 2]", "utf-8")
    proc = run(data, "merge", str(bad))
    assert proc.returncode == 2 and "neither a PolicyLens export nor W3C" in proc.stderr

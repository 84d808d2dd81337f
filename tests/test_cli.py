"""The command line as a user runs it: real subprocesses, real seeds, JSON checked field by field."""
import json
import subprocess
import sys
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def run(*args, data_dir=None):
    extra = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run([sys.executable, "-m", "policylens", *extra, *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_outline_json_format():
    proc = run("outline", str(SEEDS[0]), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    doc = data["document"]
    assert (doc["place"], doc["level"], doc["script"]) == ("三门峡", "市", "simplified")
    assert doc["doc_number"] == "三政办〔2019〕24号"
    assert doc["dates"] == {"written": "2019-11-28", "published": "2020-01-20"}
    assert {r["reason"] for r in doc["removed"]} == {"breadcrumb", "metadata"}
    clauses = data["clauses"]
    assert clauses[0]["start"] == 0 and clauses[-1]["end"] == doc["length"]
    assert all(a["end"] == b["start"] for a, b in zip(clauses, clauses[1:]))
    three_five = next(c for c in clauses if c["id"] == "三/(五)")
    assert (three_five["kind"], three_five["level"], three_five["number"]) == ("heading", 2, 5)
    assert [(a["canonical"], a["role"]) for a in three_five["agencies"]] == [
        ("市农业农村局", "lead"), ("市自然资源规划局", "cooperate")]


def test_agencies_json_across_files():
    proc = run("agencies", *map(str, SEEDS), "--json")
    assert proc.returncode == 0, proc.stderr
    entries = {e["canonical"]: e for e in json.loads(proc.stdout)["agencies"]}
    assert entries["市公安局"]["roles"]["lead"] == 22
    assert set(entries["市发展改革委"]["names"]) == {"市发展改革委", "发展改革委", "市發改委", "市发改委"}
    assert entries["县公安局"]["roles"] == {"mention": 4, "lead": 3, "cooperate": 4}


def test_meta_json():
    data = json.loads(run("meta", str(SEEDS[3]), "--json").stdout)
    assert data["doc_number"] == "寧政辦〔2017〕243號"
    assert data["issuer"] == "西寧市人民政府辦公廳"
    assert data["script"] == "traditional"


def test_import_reports_each_file_and_fails_when_one_fails(tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"%PDF-1.4")
    proc = run("import", str(bad), *map(str, SEEDS), data_dir=tmp_path / "d")
    assert proc.returncode == 1
    assert "notes.pdf: is not a readable PDF" in proc.stderr
    assert "imported 5" in proc.stdout and "failed 1" in proc.stdout
    listing = run("list", data_dir=tmp_path / "d")
    assert listing.returncode == 0 and len(listing.stdout.splitlines()) == 5


def test_unreadable_file_is_a_clear_error_not_a_traceback(tmp_path):
    proc = run("outline", str(tmp_path / "missing.txt"))
    assert proc.returncode == 2
    assert "missing.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_user_alias_table_extends_the_bundled_one(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "agency_aliases.json").write_text(
        '{"agencies": [{"canonical": "公安局", "aliases": ["公安局", "公安分局"], "local": true}]}', "utf-8")
    doc = tmp_path / "plan.txt"
    doc.write_text("某县实施方案\n一、任务\n做好落户工作。（县公安分局牵头）\n", "utf-8")
    plain = json.loads(run("outline", str(doc), "--json", data_dir=tmp_path / "empty").stdout)
    extended = json.loads(run("outline", str(doc), "--json", data_dir=data).stdout)
    assert [a["canonical"] for a in plain["clauses"][1]["agencies"]] == ["县公安分局"]
    assert [a["canonical"] for a in extended["clauses"][1]["agencies"]] == ["县公安局"]


def test_compare_commands_are_reached_through_the_command_line():
    proc = run("reuse", *map(str, SEEDS), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["keys"] == [p.stem for p in SEEDS]
    assert data["containment"][2][3] == 0.2993  # 丹东's 5-grams found in 西宁
    assert data["bands"][2][3] == "rewritten"
    proc = run("diff", str(SEEDS[0]), str(SEEDS[2]), "--clause", "三/(十)")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("~ 三/(十) 推进居住证制度覆盖全部未落户城镇常住人口  <->  三/(十四)")
    proc = run("diff", str(SEEDS[0]), str(SEEDS[2]), "--clause", "九/(九)")
    assert proc.returncode == 2 and proc.stderr.startswith("policylens: ")


def test_the_application_start_does_not_load_command_modules():
    code = ("import sys, policylens.cli; "
            "print(sorted(m for m in sys.modules if m.startswith('policylens.cli.') or m.endswith(('worddiff', 'jieba'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_importing_a_changed_file_reanchors_its_annotations(tmp_path):
    from policylens.core.document import analyze_file

    source = tmp_path / "dandong.txt"
    text = SEEDS[2].read_text("utf-8")
    source.write_text(text, "utf-8")
    data = tmp_path / "data"
    assert run("import", str(source), data_dir=data).returncode == 0
    quote = "切实保障居住证持有人享有国家规定的各项基本公共服务和办事便利"
    start = analyze_file(source).text.index(quote)
    added = run("annotations", "add", "dandong", "--start", str(start), "--end", str(start + len(quote)),
                "--note", "居住证", data_dir=data)
    assert added.returncode == 0, added.stderr
    inserted = "\n新增加的一段文字。"
    line_end = text.index("\n", 500)  # in the preamble, before the annotated clause
    source.write_text(text[:line_end] + inserted + text[line_end:], "utf-8")
    proc = run("import", str(source), data_dir=data)
    assert proc.returncode == 0, proc.stderr
    assert "dandong: 1 annotations re-anchored: 0 exact, 1 moved, 0 fuzzy, 0 need review" in proc.stdout
    anchor = json.loads(run("annotations", "list", "--json", data_dir=data).stdout)["annotations"][0]["anchor"]
    new_text = analyze_file(source).text
    assert new_text[anchor["start"]:anchor["end"]] == quote and anchor["start"] == new_text.index(quote)
    assert anchor["start"] > start


def test_align_groups_the_three_rights_clause_across_the_seeds():
    proc = run("align", *map(str, SEEDS), "--json")
    assert proc.returncode == 0, proc.stderr
    families = json.loads(proc.stdout)["families"]
    three_rights = next(f for f in families
                        if any(m["file"] == str(SEEDS[0]) and m["path"] == [3, 5] for m in f["members"]))
    paths = {Path(m["file"]).name[:3]: m["path"] for m in three_rights["members"]}
    assert paths["002"] == [3, 9] and paths["003"] == [3, 11] and paths["001"] == [4, 4, 14, 5]
    clauses = [(m["file"], tuple(m["path"])) for f in families for m in f["members"]]
    assert len(clauses) == len(set(clauses))  # every clause in at most one family


def test_import_report_counts_formats_and_gives_failures_their_reasons(tmp_path):
    data = Path(__file__).resolve().parent / "data"
    files = [data / "corpus" / "34_长春市规范性文件监督办法.doc",
             data / "corpus" / "39_东莞市积分制人才入户实施细则2015.pdf",
             data / "formats" / "2017深圳小升初入学攻略.html",
             data / "formats" / "._电信和互联网用户个人信息保护规定.txt",
             data / "formats" / "深圳市居住登记和居住证办理规定2016-html.html", SEEDS[0]]
    proc = run("import", *map(str, files), data_dir=tmp_path / "d")
    assert proc.returncode == 1
    assert "read: doc 1, pdf 1, html 1, txt 1" in proc.stdout
    assert "failed 1: is a Mac resource fork (e.g. ._电信和互联网用户个人信息保护规定.txt)" in proc.stdout
    assert "failed 1: is an image-only page (e.g. 深圳市居住登记和居住证办理规定2016-html.html)" in proc.stdout
    assert "note: 2017深圳小升初入学攻略.html: 2 bytes did not fit utf-8 (all in markup, the text is whole)" \
        in proc.stdout
    assert "look: 2017深圳小升初入学攻略.html: no date" in proc.stdout  # its place, 深圳, is read from the title
    again = run("import", "--json", *map(str, files), data_dir=tmp_path / "d")
    report = json.loads(again.stdout)["report"]
    assert report["files"] == 6 and report["statuses"] == {"failed": 2, "unchanged": 4}
    assert report["formats"] == {"doc": 1, "pdf": 1, "html": 1, "txt": 1}
    assert [(f["reason"], f["count"]) for f in report["failures"]] == [
        ("is a Mac resource fork", 1), ("is an image-only page", 1)]
    assert report["failures"][1]["files"][0]["message"].startswith("is an image-only page: it shows 12 images")
    assert {Path(d["path"]).name: d["reasons"] for d in report["needs_look"]}["2017深圳小升初入学攻略.html"] \
        == ["no date"]


def seed_copy(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_the_same_name_in_two_folders_imports_two_documents(tmp_path):
    data = tmp_path / "data"
    first = seed_copy(tmp_path / "丹东" / "实施方案.txt", SEEDS[2].read_text("utf-8"))
    second = seed_copy(tmp_path / "三门峡" / "实施方案.txt", SEEDS[0].read_text("utf-8"))
    assert run("import", str(first), data_dir=data).returncode == 0
    added = run("annotations", "add", "实施方案", "--start", "10", "--end", "20", "--note", "丹东", data_dir=data)
    assert added.returncode == 0, added.stderr
    proc = run("import", str(second), "--json", data_dir=data)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    [result] = report["results"]
    assert (result["status"], result["key"], result["candidates"]) == ("imported", "实施方案~三门峡", [])
    assert report["counts"] == {"imported": 1} and report["exit_status"] == 0 and report["reanchored"] == []
    listing = run("list", data_dir=data).stdout.splitlines()
    assert [line.split("\t")[:2] for line in listing] == [["实施方案", "丹东市"], ["实施方案~三门峡", "三门峡市"]]
    [note] = json.loads(run("annotations", "list", "--json", data_dir=data).stdout)["annotations"]
    assert note["anchor"]["document"] == "实施方案" and not note["needs_review"]
    assert note["anchor"]["content_hash"] == json.loads(run("outline", str(first), "--json").stdout)[
        "document"]["content_hash"]


def test_an_ambiguous_import_is_reported_left_out_and_decided_on_request(tmp_path):
    data = tmp_path / "data"
    text = SEEDS[2].read_text("utf-8")
    whole = seed_copy(tmp_path / "a" / "实施方案.txt", text)
    part = seed_copy(tmp_path / "b" / "实施方案.txt", text[:text.index("\n", len(text) // 2) + 1])
    assert run("import", str(whole), data_dir=data).returncode == 0
    proc = run("import", str(part), data_dir=data)
    assert proc.returncode == 3
    assert f"[1/1] ambiguous: {part.resolve()}: the same name as 实施方案 ({whole.resolve()})" in proc.stderr
    assert "1 files left out" in proc.stderr and "--ambiguous separate" in proc.stderr
    assert "ambiguous 1" in proc.stdout
    proc = run("import", str(part), "--json", data_dir=data)
    assert proc.returncode == 3
    report = json.loads(proc.stdout)
    assert report["exit_status"] == 3 and report["counts"] == {"ambiguous": 1}
    assert [(r["status"], r["key"], r["candidates"]) for r in report["results"]] == [("ambiguous", "", ["实施方案"])]
    assert len(run("list", data_dir=data).stdout.splitlines()) == 1
    proc = run("import", str(part), "--ambiguous", "version", "--json", data_dir=data)
    assert proc.returncode == 0, proc.stderr
    assert [(r["status"], r["key"]) for r in json.loads(proc.stdout)["results"]] == [("new-version", "实施方案")]
    other = tmp_path / "other"
    assert run("import", str(whole), data_dir=other).returncode == 0
    proc = run("import", str(part), "--ambiguous", "separate", data_dir=other)
    assert proc.returncode == 0 and "[1/1] imported: " in proc.stdout
    assert [line.split("\t")[0] for line in run("list", data_dir=other).stdout.splitlines()] == ["实施方案", "实施方案~b"]

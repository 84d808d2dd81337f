"""Agency wordings from the seeds, each on its own, and the rule that prose assigns nothing."""
import pytest

from policylens.core.agencies import extract
from policylens.core.aliases import default_table
from policylens.core.script import fold


def agencies(text):
    return [(a.role, a.name, a.canonical) for a in extract(text, fold(text), 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("落户。（市公安局牵头，市政府有关部门配合）",
     [("lead", "市公安局", "市公安局"), ("cooperate", "市政府有关部门", "市政府有关部门")]),
    ("任务。\n牽頭單位:市公安局\n責任單位:市發改委、市人社局、市城鄉統籌辦等",
     [("lead", "市公安局", "市公安局"), ("responsible", "市發改委", "市发展改革委"),
      ("responsible", "市人社局", "市人力资源社会保障局"), ("responsible", "市城鄉統籌辦", "市城乡统筹办")]),
    ("落戶。(牽頭單位:市公安局;配合單位:市人社局、市直各相關單位,各縣區政府)",
     [("lead", "市公安局", "市公安局"), ("cooperate", "市人社局", "市人力资源社会保障局"),
      ("cooperate", "市直各相關單位", "市直各相关单位"), ("cooperate", "各縣區政府", "各县区政府")]),
    ("机制。（县财政局牵头，县发改局、县住建局等单位参与）",
     [("lead", "县财政局", "县财政局"), ("cooperate", "县发改局", "县发展改革委"),
      ("cooperate", "县住建局", "县住房城乡建设局")]),
    ("政策。（县人社局、县民政局、县税务局按职责分工负责）",
     [("responsible", "县人社局", "县人力资源社会保障局"), ("responsible", "县民政局", "县民政局"),
      ("responsible", "县税务局", "县税务局")]),
    ("安排。(市发改委、人民银行丹东支行、市金融办)",
     [("responsible", "市发改委", "市发展改革委"), ("responsible", "人民银行丹东支行", "人民银行丹东支行"),
      ("responsible", "市金融办", "市金融办")]),
    ("评估。（县政府督查室、县公安局、县发改局牵头，县有关单位按职责分工负责）",
     [("lead", "县政府督查室", "县政府督查室"), ("lead", "县公安局", "县公安局"),
      ("lead", "县发改局", "县发展改革委"), ("responsible", "县有关单位", "县有关单位")]),
    ("支持。(市发展改革委、财政局牵头)",
     [("lead", "市发展改革委", "市发展改革委"), ("lead", "财政局", "市财政局")]),
    ("管理。（由县公安局牵头）", [("lead", "县公安局", "县公安局")]),
    ("配合。(市农委牵头，市国土资源局等配合)",
     [("lead", "市农委", "市农委"), ("cooperate", "市国土资源局", "市国土资源局")]),
])
def test_assignment_forms(text, expected):
    assert agencies(text) == expected


def test_prose_beside_role_verbs_is_only_a_mention():
    text = "市公安局要会同有关部门加强管理，市财政局负责保障经费。"
    assert agencies(text) == [("mention", "市公安局", "市公安局"), ("mention", "市财政局", "市财政局")]


def test_brackets_that_are_not_assignments():
    for text in ("有合法稳定住所(含租赁)的人员", "采用政府和社会资本合作(PPP)模式", "实施方案（试行）",
                 "各县(市、区)人民政府"):
        assert [a for a in agencies(text) if a[0] != "mention"] == []


@pytest.mark.parametrize("written, canonical", [
    ("市发改委", "市发展改革委"), ("市发展改革委", "市发展改革委"), ("市发展和改革委员会", "市发展改革委"),
    ("县发改局", "县发展改革委"), ("市人社局", "市人力资源社会保障局"), ("市住建局", "市住房城乡建设局"),
    ("市住房城乡建设委", "市住房城乡建设局"), ("市卫计委", "市卫生计生委"), ("市衛計委", "市卫生计生委"),
    ("市國土局", "市国土资源局"), ("市国土资源局", "市国土资源局"), ("市委農辦", "市委农办"),
])
def test_canonical_identities(written, canonical):
    assert default_table().identify(written).canonical == canonical


def test_collective_names_are_kept_as_collective():
    for name in ("市政府有关部门", "各县区人民政府", "市直各相关单位"):
        identity = default_table().identify(name)
        assert identity.collective and identity.canonical == name

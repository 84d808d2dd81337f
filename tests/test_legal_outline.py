"""Legal structure, wrapped documents and the numbering styles of real plans, each on a text of
the shape it comes in."""
from policylens.core.document import analyze_bytes
from policylens.core.outline import parts


def _outline(text: str, name: str = "doc.txt"):
    doc = analyze_bytes(text.encode("utf-8"), name)
    return [(c.id, c.title) for c in doc.clauses if c.kind not in ("preamble", "closing")]


REGULATION = """某省物业管理条例
第一编　总　则
第一章　一般规定
第一节　目的
第一条　为了规范物业管理，制定本条例。
第二条本条例适用于本省行政区域。
第二节　原则
第三条　物业管理应当遵循下列原则：
（一）公开；
（二）公平。
第五条规定的事项，由省人民政府另行规定。
第四条　县级以上人民政府负责物业管理工作。
第二章　业主
第五条　业主享有下列权利：
（一）按照物业服务合同接受服务；
1.提出建议；
2.提出意见。
（二）参加业主大会。
第二编　附　则
第三章　附则
第六条　本条例自2020年1月1日起施行。
"""


def test_divisions_articles_and_items_nest_as_paths():
    """编/章/节/条 above the items; articles numbered straight through nest by position; a
    line opening with a cross-reference (第五条规定的…) is not an article."""
    assert _outline(REGULATION) == [
        ("第一编", "总　则"), ("第一编/第一章", "一般规定"), ("第一编/第一章/第一节", "目的"),
        ("第一编/第一章/第一节/第一条", "为了规范物业管理，制定本条例"),
        ("第一编/第一章/第一节/第二条", "本条例适用于本省行政区域"),
        ("第一编/第一章/第二节", "原则"),
        ("第一编/第一章/第二节/第三条", "物业管理应当遵循下列原则"),
        ("第一编/第一章/第二节/第三条/(一)", "公开"), ("第一编/第一章/第二节/第三条/(二)", "公平"),
        ("第一编/第一章/第二节/第四条", "县级以上人民政府负责物业管理工作"),
        ("第一编/第二章", "业主"), ("第一编/第二章/第五条", "业主享有下列权利"),
        ("第一编/第二章/第五条/(一)", "按照物业服务合同接受服务"),
        ("第一编/第二章/第五条/(一)/1", "提出建议"), ("第一编/第二章/第五条/(一)/2", "提出意见"),
        ("第一编/第二章/第五条/(二)", "参加业主大会"),
        ("第二编", "附　则"), ("第二编/第三章", "附则"),
        ("第二编/第三章/第六条", "本条例自2020年1月1日起施行"),
    ]


def test_articles_run_on_in_one_line_are_cut_apart():
    """Pages that lose paragraph breaks: an article after a wide gap, or right after its
    chapter's title, still starts a clause."""
    text = "某市养老保险条例\n第一章　总　则第一条　为了保障权益，制定本条例。　　第二条　本条例适用于本市。\n" \
           "第二章　待遇　　第三条　待遇按月发放。\n"
    assert _outline(text) == [("第一章", "总　则"), ("第一章/第一条", "为了保障权益，制定本条例"),
                              ("第一章/第二条", "本条例适用于本市"), ("第二章", "待遇"),
                              ("第二章/第三条", "待遇按月发放")]


def test_a_numbered_heading_over_articles_is_a_chapter():
    text = "某办法\n一、总则\n第一条　为了规范，制定本办法。\n第二条　本办法适用于本省：\n（一）城镇；\n" \
           "二、附则\n第三条　本办法自发布之日起施行。\n"
    assert _outline(text) == [("一", "总则"), ("一/第一条", "为了规范，制定本办法"),
                              ("一/第二条", "本办法适用于本省"), ("一/第二条/(一)", "城镇"),
                              ("二", "附则"), ("二/第三条", "本办法自发布之日起施行")]


PLAN = """某市关于推进工作的实施意见
各区人民政府：
一、总体要求
要做好以下几项工作。
一是加强组织领导。各区要成立工作专班。
二是完善工作机制。建立联席会议制度。
二、主要任务
第一，扩大覆盖范围。要全面放开。
第二，提高保障水平。
首先，摸清底数。
其次，分类施策。
最后，加强宣传。
三、保障措施
1．落实责任
2、限期整改
（1）专项检查
(2)定期通报
①季度通报
②年度通报
四、其他
1）加强资金保障
2）加强人员保障
一是要求是本意见的核心。
"""


def test_numbering_styles_of_real_plans():
    """Ordinal words sit one level below the heading they follow, when they count 1, 2, …;
    a lone 一是 is prose. Arabic numbers take 、 or ．, brackets either width; ① under (1)."""
    assert _outline(PLAN) == [
        ("一", "总体要求"), ("一/一是", "加强组织领导"), ("一/二是", "完善工作机制"),
        ("二", "主要任务"), ("二/第一", "扩大覆盖范围"), ("二/第二", "提高保障水平"),
        ("二/首先", "摸清底数"), ("二/其次", "分类施策"), ("二/最后", "加强宣传"),
        ("三", "保障措施"), ("三/1", "落实责任"), ("三/2", "限期整改"), ("三/2/(1)", "专项检查"),
        ("三/2/(2)", "定期通报"), ("三/2/(2)/①", "季度通报"), ("三/2/(2)/②", "年度通报"),
        ("四", "其他"), ("四/(1)", "加强资金保障"), ("四/(2)", "加强人员保障"),
    ]


NOTICE = """某市人民政府关于印发某市居住证办法和某市积分办法的通知
各区人民政府：
现将《某市居住证办法》《某市积分办法》印发给你们，请认真执行。
某市人民政府
2016年1月1日
某市居住证办法
第一条　为了规范居住证管理，制定本办法。
第二条　本办法自发布之日起施行。
某市积分办法
第一条　为了规范积分管理，制定本办法。
第二条　积分按下列规定计算：
（一）学历；
（二）社保。
附件：1.积分指标表
2.申请表
某市人民政府办公室
2016年1月1日
附件1
积分指标表
一、基础指标
二、加分指标
"""


def test_a_notice_carrying_documents_gives_each_its_subtree():
    """Each document the notice carries and each annex is a subtree with its own title; the
    list of annexes above the signature is no annex."""
    assert _outline(NOTICE) == [
        ("文件1", "某市居住证办法"), ("文件1/第一条", "为了规范居住证管理，制定本办法"),
        ("文件1/第二条", "本办法自发布之日起施行"),
        ("文件2", "某市积分办法"), ("文件2/第一条", "为了规范积分管理，制定本办法"),
        ("文件2/第二条", "积分按下列规定计算"), ("文件2/第二条/(一)", "学历"), ("文件2/第二条/(二)", "社保"),
        ("附件1", "积分指标表"), ("附件1/一", "基础指标"), ("附件1/二", "加分指标"),
    ]


def test_parts_name_each_wrapped_document_and_annex():
    doc = analyze_bytes(NOTICE.encode("utf-8"), "notice.txt")
    assert [(c.id, c.part, c.title) for c in parts(doc.clauses)] == [
        ("文件1", "document", "某市居住证办法"), ("文件2", "document", "某市积分办法"),
        ("附件1", "annex", "积分指标表")]


def test_markdown_heading_marks_and_an_article_whose_text_starts_below():
    text = "# 某市办法\n## 第一章 总则\n第一条\n为了规范管理，制定本办法。\n### 一、适用范围\n本办法适用于本市。\n"
    assert _outline(text, "doc.md.txt") == [
        ("第一章", "总则"), ("第一章/第一条", "为了规范管理，制定本办法"), ("第一章/第一条/一", "适用范围")]


def test_a_short_line_a_sentence_introduces_is_no_document():
    text = "某市实施方案\n一、工作安排\n具体安排如下：\n年度工作计划\n1.摸底调查\n2.组织实施\n"
    assert _outline(text) == [("一", "工作安排"), ("一/1", "摸底调查"), ("一/2", "组织实施")]


def test_a_table_of_contents_is_not_the_outline():
    text = "某法\n目　录\n第一章　总　则\n第二章　保险\n第三章　附　则\n第一章　总　则\n第一条　为了规范，制定本法。\n" \
           "第二章　保险\n第二条　国家建立保险制度。\n第三章　附　则\n第三条　本法自公布之日起施行。\n"
    assert _outline(text) == [
        ("第一章", "总　则"), ("第一章/第一条", "为了规范，制定本法"), ("第二章", "保险"),
        ("第二章/第二条", "国家建立保险制度"), ("第三章", "附　则"), ("第三章/第三条", "本法自公布之日起施行")]

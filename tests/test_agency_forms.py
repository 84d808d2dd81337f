"""Assignment forms by their shape, each with sentences from real documents of the corpus
(tests/data/agencies, tests/data/corpus) and the wordings of plans from other places."""
import pytest

from policylens.core.agencies import extract
from policylens.core.role_words import header_role, split_cell
from policylens.core.script import fold


def roles(text):
    return [(a.role, a.name) for a in extract(text, fold(text), 0, len(text)) if a.role != "mention"]


L, C, R = "lead", "cooperate", "responsible"


@pytest.mark.parametrize("text, expected", [
    # a line, a bracket, mid-paragraph; any role word with any unit word
    ("完善制度。\n责任单位：市教育局（牵头）、市财政局", [(L, "市教育局"), (R, "市财政局")]),
    ("推进落实。牵头单位：市发改委；配合单位：市统计局、市财政局。下一步工作另行部署。",
     [(L, "市发改委"), (C, "市统计局"), (C, "市财政局")]),
    ("加强监管。（主责部门：市市场监管局；协办部门：市公安局、市商务局）",
     [(L, "市市场监管局"), (C, "市公安局"), (C, "市商务局")]),
    ("责任处室：规划处\n配合处室：法规处、财务处", [(R, "规划处"), (C, "法规处"), (C, "财务处")]),
    ("参与单位：各县（区）政府", [(C, "各县（区）政府")]),
    # a note after the list, another key after the value
    ("责任单位：市教育局、市财政局（按职责分工负责）", [(R, "市教育局"), (R, "市财政局")]),
    ("责任单位：市教育局，完成时限：2025年底", [(R, "市教育局")]),
    ("责任单位：市教育局、市财政局等按职责分工负责", [(R, "市教育局"), (R, "市财政局")]),
    ("责任主体：各县区人民政府", [(R, "各县区人民政府")]),
])
def test_labels(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("加快推进。（市财政局牵头，市发改委、市人社局配合）", [(L, "市财政局"), (C, "市发改委"), (C, "市人社局")]),
    ("资金由市住建局会同市规划局负责。", [(L, "市住建局"), (C, "市规划局")]),
    ("推进落实。（市住建局牵头，市发改委和市财政局、各县（区）政府等单位参与）",
     [(L, "市住建局"), (C, "市发改委"), (C, "市财政局"), (C, "各县（区）政府")]),
    ("报送材料。（教育部、财政部）", [(R, "教育部"), (R, "财政部")]),
    ("开展评估。（市委组织部、市人社局牵头，市直各部门协助）", [(L, "市委组织部"), (L, "市人社局"), (C, "市直各部门")]),
    ("做好衔接。（市卫健委、市医保局共同负责）", [(R, "市卫健委"), (R, "市医保局")]),
    ("规范管理。（由市城管局负责，各区政府参加）", [(R, "市城管局"), (C, "各区政府")]),
    ("建立机制。（市政府办公厅牵头，市财政局协同）", [(L, "市政府办公厅"), (C, "市财政局")]),
    # a deadline beside the roles, qualifiers between a list and its verb
    ("完善政策。（市发展改革委牵头，市财政局、市自然资源局配合，2025年底前完成）",
     [(L, "市发展改革委"), (C, "市财政局"), (C, "市自然资源局")]),
    ("加强宣传。（市住建局牵头；市发改委、市财政局等参与；持续推进）", [(L, "市住建局"), (C, "市发改委"), (C, "市财政局")]),
    ("正面引导。（市委宣传部、市网信办按职能负责）", [(R, "市委宣传部"), (R, "市网信办")]),
    ("落实优惠。（市财政局、市税务局按照职责分工分别负责）", [(R, "市财政局"), (R, "市税务局")]),
])
def test_verb_forms_in_brackets(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # tests/data/agencies/a09: 由…牵头，会同…
    ("有关竞价方案或价格审核工作由市发展改革委牵头，会同市建委等部门办理。", [(L, "市发展改革委"), (C, "市建委")]),
    # a09: 由…会同… with a complement
    ("上市交易交纳价款的具体比例和政府回购的具体办法由市建委会同市国土局、市财政局、市发展改革委、市规划委等部门研究确定，报市政府批准后实施。",
     [(L, "市建委"), (C, "市国土局"), (C, "市财政局"), (C, "市发展改革委"), (C, "市规划委")]),
    # a12: two leads, a collective partner
    ("居住证积分指标体系由市发展改革委、市人力社保局会同市有关部门制定，经市人民政府同意后向社会公布。",
     [(L, "市发展改革委"), (L, "市人力社保局"), (C, "市有关部门")]),
    # a05: 由…牵头，会同…共同…
    ("专项治理由住房和城乡建设部牵头，会同监察部共同组织开展，两部成立专项治理工作领导小组及其办公室。",
     [(L, "住房和城乡建设部"), (C, "监察部")]),
    # a01: 由…作为牵头单位
    ("（一）城市快速路、主干道和市级交通设施、交通枢纽类建筑、交通疏散广场，由市交通运输部门作为牵头单位；",
     [(L, "市交通运输部门")]),
    # a16: 由…负责 closing the sentence; a second name in brackets
    ("外省（市）高校毕业证验证或学历、学位鉴定统一由省教育厅就业指导中心（学历认证中心）负责，授权的受理点另行公布。",
     [(R, "省教育厅就业指导中心（学历认证中心）")]),
    # 21: the short form given after the name is not part of it
    ("2016年《北京市高级中等学校招生简章》编制工作由北京教育考试院中招办（以下简称“考试院中招办”）负责。",
     [(R, "北京教育考试院中招办")]),
    # a14: 负主体责任, then 由…会同…负责组织实施
    ("永久基本农田划定工作由县级以上地方各级人民政府负主体责任，由国土资源主管部门会同同级农业主管部门负责组织实施。",
     [(R, "县级以上地方各级人民政府"), (L, "国土资源主管部门"), (C, "同级农业主管部门")]),
    # a22: a name followed at once by what the agencies do
    ("具体实施办法由省财政厅会同省地税局、国土资源厅研究制订并报省人民政府批准实施。",
     [(L, "省财政厅"), (C, "省地税局"), (C, "国土资源厅")]),
    # regulations of the corpus: a collective name after 会同, 办事处 before 处理
    ("具体办法由国务院环境保护行政主管部门会同国务院有关部门另行规定。",
     [(L, "国务院环境保护行政主管部门"), (C, "国务院有关部门")]),
    ("划分物业管理区域有争议的，由区主管部门会同物业所在地街道办事处处理。",
     [(L, "区主管部门"), (C, "物业所在地街道办事处")]),
    # a28: long fields before 等相关部门; 第六条 is no part of the name; 作为…实施机构
    ("第三十九条 住房保障的收入线标准，由市住建局会同市发展改革、财政、民政、人力资源和社会保障、统计等相关部门，根据本市居民的收入水平确定。",
     [(L, "市住建局"), (C, "市发展改革"), (C, "财政"), (C, "民政"), (C, "人力资源和社会保障"), (C, "统计")]),
    ("第六条 市住保中心作为本市住房保障实施机构，具体承办本行政区域内下列住房保障事务：", [(R, "市住保中心")]),
    # a32: 和 inside a name, a segment's end after a strong ending, 或 inside one name
    ("（五）各类引进人才的保障性住房申请条件，由各区人力资源和社会保障部门会同区住建部门另行制定。",
     [(L, "各区人力资源和社会保障部门"), (C, "区住建部门")]),
    ("第四十二条 产权单位不按规定的租金标准收缴租金的，由各区住建部门会同物价部门依法查处。",
     [(L, "各区住建部门"), (C, "物价部门")]),
    ("第四十九条 有下列情形之一的，由本级人民政府或相关部门会同监察机关责令改正。",
     [(L, "本级人民政府或相关部门"), (C, "监察机关")]),
    # 28: 由…牵头 and a complement
    ("由市人口办牵头，定期或不定期召开各职能部门参加的联席会议，掌握人口管理动态。", [(L, "市人口办")]),
])
def test_you_sentences(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a03: segments that are a list and a verb; fields before a shared 等…部门
    ("四、规划主管部门牵头组织，各区政府、街道办事处、土地、城市管理等主管部门配合，对线内建设用地进行清查。",
     [(L, "规划主管部门"), (C, "各区政府"), (C, "街道办事处"), (C, "土地"), (C, "城市管理")]),
    # a10: cooperation described after a lead
    ("（四十五）建立由市社会保险行政部门牵头，市民政、卫生、财政、工会等部门参与的市医疗困难救助联席会议制度。",
     [(L, "市社会保险行政部门"), (C, "市民政"), (C, "卫生"), (C, "财政"), (C, "工会")]),
    # a02: a list waiting for the verbs of later segments
    ("我省的专项整治工作由省建设厅牵头，省国土资源厅、财政厅、审计厅等单位根据职能分工，各负其责，协调配合，认真做好本部门的工作。",
     [(L, "省建设厅"), (C, "省国土资源厅"), (C, "财政厅"), (C, "审计厅")]),
    # a06: a list ending in 等…部门和…
    ("安全控制区域由深圳市国家安全机关牵头，会同市发改、规划国土、民防等行政主管部门和深圳警备区，在安全评估的基础上划定。",
     [(L, "深圳市国家安全机关"), (C, "市发改"), (C, "规划国土"), (C, "民防"), (C, "深圳警备区")]),
    # a04: 为…的责任单位, one name however it reads
    ("（二）城市分批次建设用地，所在市、县人民政府为补充耕地的责任单位；", [(R, "所在市、县人民政府")]),
    # a list joined by 以及, ending in 等
    ("联席会议由市政府分管领导召集，市住房保障部门、市财政部门以及相关行业主管部门等参加。",
     [(C, "市住房保障部门"), (C, "市财政部门"), (C, "相关行业主管部门")]),
    ("（三）村庄、集镇分批次建设用地，所涉及的农村集体经济组织为补充耕地的责任单位；", [(R, "农村集体经济组织")]),
    # 49, a36, a41: names that share one ending (港口、码头主管部门, 市卫生、财政部门)
    ("由环境保护主管部门会同港口、码头主管部门责令停止违法行为。",
     [(L, "环境保护主管部门"), (C, "港口"), (C, "码头主管部门")]),
    ("具体结算办法，由市劳动和社会保障行政管理部门会同市卫生、财政部门制定。",
     [(L, "市劳动和社会保障行政管理部门"), (C, "市卫生"), (C, "财政部门")]),
    # 56: a lead qualified by a 的-phrase; a name may open with 经济
    ("其销售基准价格及浮动幅度，由有定价权的价格主管部门会同经济适用住房主管部门，依据有关规定确定。",
     [(L, "价格主管部门"), (C, "经济适用住房主管部门")]),
    # a51: a bracket's 由…负责 after whom it concerns
    ("考生所在学校或工作单位（没有工作单位的考生由乡镇政府、街道办事处负责）要对考生作出全面鉴定。",
     [(R, "乡镇政府"), (R, "街道办事处")]),
    # 28, 21: 责任主体 is a label too; a list after 明确 is split
    ("明确区政府、街道办事处为暂住人口管理的责任主体，合理划分市职能部门的职责和权限。",
     [(R, "区政府"), (R, "街道办事处")]),
    ("2016年评卷工作继续采取分区网上评卷方式，各区是中考评卷的责任主体。", [(R, "各区")]),
    # a44: levels listed before the one name they share are one name
    ("第二十六条　公租房租金标准由市、县（区）价格主管部门会同住房保障主管部门、房产管理部门，按照市场租金水平确定。",
     [(L, "市、县（区）价格主管部门"), (C, "住房保障主管部门"), (C, "房产管理部门")]),
    ("（由省、市人民政府负责）", [(R, "省、市人民政府")]),
    # a37: fields joined by 和 before a shared 等部门 are two; a compound the table knows is one
    ("管理办法，由市劳动保障行政部门会同市财政、卫生、中医管理和药品监督等部门制定。",
     [(L, "市劳动保障行政部门"), (C, "市财政"), (C, "卫生"), (C, "中医管理"), (C, "药品监督")]),
    ("管理办法，由市教育局会同市财政、人力资源和社会保障等部门制定。",
     [(L, "市教育局"), (C, "市财政"), (C, "人力资源和社会保障")]),
    # 68: a space a PDF left inside a name; two names a space parts are two
    ("医疗机构执业应当交纳管理费，具体办法由省级以上卫生行政部门会同物价管 理部门规定。",
     [(L, "省级以上卫生行政部门"), (C, "物价管 理部门")]),
    # a33: a body named by its duty, a 的-phrase before its unit word
    ("汇总内容的确定，由国务院国土资源主管部门会同国务院管理机关事务工作的机构负责。",
     [(L, "国务院国土资源主管部门"), (C, "国务院管理机关事务工作的机构")]),
])
def test_segment_forms(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a27, a docx saved from print: lines break inside sentences and names
    ("第四条　限价商品住房的销售价格实行政府指导价管理。由\n市物价局会同有关部门按照国家和我市有关规定，在综合考虑土\n地整理成本后确定。",
     [(L, "市物价局"), (C, "有关部门")]),
    ("（五）公示。区房管局将申请人家庭人口、收入、住房等情况进行公示。对公示情况有异议的，由区房管局\n会同有关部门在10日内进行核实。",
     [(L, "区房管局"), (C, "有关部门")]),
    ("第二条　公共租赁住房租金实行政府定价，由市价格主管\n部门会同市住保房管部门、财政部门制定。",
     [(L, "市价格主管\n部门"), (C, "市住保房管部门"), (C, "财政部门")]),
    # a heading before the break is no part of the name (a13)
    ("二、进一步完善土地管理共同责任体系\n各级人民政府是本行政区域土地管理的主要责任主体，对耕地保有量负总责。",
     [(L, "各级人民政府")]),
])
def test_sentences_across_line_breaks(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text", [
    # prose that names a duty: a08, a12, a15, a17, a18, 02
    "市规划国土部门牵头编制土地开发整理补充耕地专项规划，对耕地后备资源地块进行登记造册，参与项目验收；",
    "市审批办、市发展改革委牵头建立居住证积分信息管理系统。",
    "人民银行牵头负责对试点工作进行跟踪、监督和指导，开展年度评估。",
    "人民银行、银监会会同相关单位，根据本意见出台农村承包土地的经营权抵押贷款试点管理办法。",
    "市、区主管部门应当会同规划国土、卫生计生、公安、民政等部门，对廉租保障对象的住房进行不定期核查。",
    "第十七条　省人民政府公安机关负责牵头建立全省统一的居住证管理信息系统；",
    "6.公安部门负责配合审核进城务工人员户籍等有关材料；",
    "城乡居民医保费由医保经办机构负责收缴，镇人民政府、街道办事处和在杭高校应积极协助做好收缴工作。",
    # a person, not an agency, leads (32)
    "各试点城市可组建由政府负责同志牵头，政府有关部门、部分人大代表和政协委员组成的管理委员会。",
    # portal chrome: metadata rows and footers (a11, a portal's 索引号 table)
    "主办单位：广州市来穗人员服务管理局    粤ICP10004936号-1",
    "责任部门:\t东坑镇党政办\t文件编号:",
    # captions and asides in brackets are no bare lists (regulations of the corpus)
    "第八条（受理机构）",
    "第五条（业务经办）",
    "驻区广东省属企业（在省社保局参加养老保险）的，社保年限按规定计算。",
    "公积金管委会在审批住房公积金归集、使用计划的报告时，必须有市财政部门参加。",
    "可以依托县级医院或者独立设置一个县级急救中心（站）。",
    "将申请材料寄（送）住房城乡建设部行政审批集中受理办公室（住房城乡建设部南配楼104室）。",
    # a person (负责人) is not what 负责 assigns; 应当组织… is prose; 与X配合 has its subject before
    "房屋拆除应当由具备保证安全条件的建筑施工单位承担，由建筑施工单位负责人对安全负责。",
    "对违法建筑实施强制拆除时，当地人民政府应当组织有关部门协助。",
    "人民银行查处结汇中的违法违规行为，与规划国土部门配合，查处中介机构逃避监管。",
    # brackets that qualify or define (a bracket's verb is followed by a few words at most)
    "(房屋租赁合同为北京市国土资源和房屋管理局与北京市工商行政管理局共同制订的示范文本)",
    "工商部门：负责工商营业执照的核查（有限公司或有限责任公司）。",
    "本规定所称招标人，是指深圳市人民政府土地主管部门（以下简称市土地主管部门）。",
    # a50: 有关部门 and 相关部门 with a verb and no lead name nobody: a plan's closing exhortation
    "卫生计生委要会同有关部门制订规划实施分工方案，相关部门各负其责，共同组织本规划实施。",
    # labels inside words, and labels with no colon
    "明确牵头单位和工作责任，细化年度任务。",
    "主办：深圳市人民政府办公厅 技术支持单位：深圳市电子政务资源中心",
])
def test_no_role_is_given(text):
    assert roles(text) == []


@pytest.mark.parametrize("header, role", [
    ("牵头单位", L), ("牵头部门", L), ("主要责任单位", L), ("牵头单位（部门）", L), ("牵头单位/责任单位", L),
    ("主责单位", L), ("牵头", L), ("责任单位", R), ("具体责任单位", R), ("责任处室", R), ("负责单位", R),
    ("配合单位：", C), ("协办部门", C), ("参与单位", C), ("协同部门", C), ("参加部门", C),
    ("序号", None), ("工作任务", None), ("完成时限", None), ("责任人", None), ("牵头领导", None),
    ("主管部门", None), ("承办单位", None),
])
def test_header_role(header, role):
    assert header_role(header) == role


@pytest.mark.parametrize("cell, role, expected", [
    ("市教育局（牵头）、市财政局", R, [(L, "市教育局"), (R, "市财政局")]),
    ("市财政局牵头，市发改委配合", R, [(L, "市财政局"), (C, "市发改委")]),
    ("市发改委、市财政局，各县（区）政府", C, [(C, "市发改委"), (C, "市财政局"), (C, "各县（区）政府")]),
    ("市教育局和市人社局", L, [(L, "市教育局"), (L, "市人社局")]),
    ("住房和城乡建设局", R, [(R, "住房和城乡建设局")]),
    ("市公安局等单位", C, [(C, "市公安局")]),
])
def test_split_cell(cell, role, expected):
    assert [(r, cell[a:b]) for a, b, r in split_cell(cell, role)] == expected


@pytest.mark.parametrize("text", [
    ("序号\t重点任务\t主责部门\t协办部门\t完成时限\n"
     "1\t完善住房保障\t市住建局\t市财政局、市自然资源局\t2025年底\n"
     "2\t推进学位供给\t市教育局（牵头）、市发改委\t各县（区）政府\t持续推进\n"),
    ("| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
     "| --- | --- | --- | --- | --- |\n"
     "| 1 | 完善住房保障 | 市住建局 | 市财政局、市自然资源局 | 2025年底 |\n"
     "| 2 | 推进学位供给 | 市教育局（牵头）、市发改委 | 各县（区）政府 | 持续推进 |\n"),
    ("任务名称\t完善住房保障\n牵头单位\t市住建局\n配合单位\t市财政局、市自然资源局\n"
     "任务名称\t推进学位供给\n主责部门\t市教育局（牵头）、市发改委\n协办单位\t各县（区）政府\n"),
], ids=["tabs", "markdown", "key-value rows"])
def test_task_table_columns_read_from_any_header(text):
    from policylens.core.agencies import task_table_cells
    folded = fold(text)
    refs = extract(text, folded, 0, len(text), task_cells=task_table_cells(folded))
    assert [(a.role, a.name) for a in refs if a.role != "mention"] == [
        (L, "市住建局"), (C, "市财政局"), (C, "市自然资源局"),
        (L, "市教育局"), (L, "市发改委"), (C, "各县（区）政府")]


def test_html_task_table_with_other_header_wordings():
    from policylens.core.document import analyze_bytes
    rows = [("序号", "重点任务", "责任单位", "协办部门", "完成时限"),
            ("1", "完善住房保障", "市住建局（牵头）、市财政局", "各县（区）政府", "2025年底"),
            ("2", "推进学位供给", "市教育局", "市发改委、市自然资源局", "持续推进")]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    html = f"<html><body><p>某市实施方案</p><p>一、主要任务</p><table>{cells}</table></body></html>"
    doc = analyze_bytes(html.encode("utf-8"), "plan.html")
    found = [(a.role, a.name) for c in doc.clauses for a in c.agencies if a.role != "mention"]
    assert found == [(L, "市住建局"), (R, "市财政局"), (C, "各县（区）政府"),
                     (R, "市教育局"), (C, "市发改委"), (C, "市自然资源局")]

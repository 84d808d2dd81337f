"""The parameter table: the conditions and targets each city sets, documents × parameters.

Conditions are read from the wording the plans use (patterns on the folded text):

  residence_years   居住年限        在我市城区就业居住…满2年以上
  insurance_years   社保缴纳年限    交纳养老保险满3年, 参加城镇社会保险1年以上(含1年), 参加1年以上城镇基本养老
  employment_years  就业年限        工作满一年以上, 签订1年以上劳动合同
  rental_years      租住年限        连续承租同一房屋1年以上
  tax_years         纳税年限        提供1年以上纳税凭证
  housing           住所条件        有合法稳定住所(含租赁), 拥有合法房产, 居住在…租赁性质的合法稳定住所

Targets come from the document's metadata (户籍人口城镇化率 提高到/年均提高, 常住人口城镇化率,
年均转户, N万非户籍人口在城镇落户). A condition in a sentence that abolishes it (取消…1年以上
纳税凭证…的限制) is kept, marked abolished: that a city dropped a condition is a value too.
Every value carries its source span: the document key and clean-text offsets.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Sequence

from . import values as value_rules
from .document import Document
from .script import fold

_DURATION = (r"(?:满|连续)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)(?:个月|年)(?:及以上|以上)?"
             r"(?:\(含[^()]{1,6}\))?")
_GAP = r"[^。;,:]"  # the value stays in the clause that names the condition


@dataclass(frozen=True)
class Parameter:
    id: str
    label: str


PARAMETERS = (
    Parameter("residence_years", "居住年限"),
    Parameter("insurance_years", "社保缴纳年限"),
    Parameter("employment_years", "就业年限"),
    Parameter("rental_years", "租住年限"),
    Parameter("tax_years", "纳税年限"),
    Parameter("housing", "住所条件"),
    Parameter("urbanization_target", "户籍人口城镇化率目标"),
    Parameter("urbanization_growth", "户籍人口城镇化率年均提高"),
    Parameter("resident_urbanization_target", "常住人口城镇化率目标"),
    Parameter("annual_transfers", "年均转户"),
    Parameter("settlement_target", "落户人数目标"),
)
_CONDITIONS = [(parameter, re.compile(pattern)) for parameter, pattern in [
    ("residence_years", rf"居住(?!证){_GAP}{{0,16}}?(?P<value>{_DURATION})"),
    ("insurance_years", rf"(?:社会保险|养老保险|医疗保险|社保){_GAP}{{0,6}}?(?P<value>{_DURATION})"),
    ("insurance_years", rf"参加(?P<value>{_DURATION})(?:城镇)?(?:基本)?(?:养老|医疗|社会保险)"),
    ("employment_years", rf"(?:工作|务工){_GAP}{{0,4}}?(?P<value>{_DURATION})"),
    ("employment_years", rf"签订(?P<value>{_DURATION})劳动合同"),
    ("rental_years", rf"承租{_GAP}{{0,8}}?(?P<value>{_DURATION})"),
    ("tax_years", rf"(?P<value>{_DURATION})纳税"),
    ("housing", r"(?:有|拥有|具有)(?P<value>合法稳定住所(?:\(含租赁\))?|合法房产)"),
    ("housing", rf"居住在{_GAP}{{0,8}}?(?P<value>租赁性质的合法稳定住所)"),
]]


@dataclass(frozen=True)
class ParameterValue:
    parameter: str  # a Parameter id
    doc_key: str
    text: str  # as written
    start: int  # clean-text offsets of the value
    end: int
    clause: str  # id of the clause it is in
    number: float | None = None
    unit: str = ""
    qualifier: str = ""
    year: int | None = None  # targets: the year they are set for
    abolished: bool = False  # the sentence abolishes this condition (取消…)

    def to_json(self) -> dict:
        data = {"parameter": self.parameter, "doc_key": self.doc_key, "text": self.text,
                "start": self.start, "end": self.end, "clause": self.clause}
        for name in ("number", "unit", "qualifier", "year"):
            if getattr(self, name) not in (None, ""):
                data[name] = getattr(self, name)
        if self.abolished:
            data["abolished"] = True
        return data


@dataclass
class DocumentParameters:
    key: str
    place: str
    level: str
    values: dict[str, list[ParameterValue]] = field(default_factory=dict)  # parameter id -> values


@dataclass
class ParameterTable:
    parameters: tuple[Parameter, ...]
    documents: list[DocumentParameters]

    def cell(self, key: str, parameter: str) -> list[ParameterValue]:
        row = next(d for d in self.documents if d.key == key)
        return row.values.get(parameter, [])

    def to_json(self) -> dict:
        return {"parameters": [{"id": p.id, "label": p.label} for p in self.parameters],
                "documents": [{"key": d.key, "place": d.place, "level": d.level,
                               "values": {p: [v.to_json() for v in vs] for p, vs in d.values.items()}}
                              for d in self.documents]}


def parameter_table(docs: Sequence[Document]) -> ParameterTable:
    """The table of these documents, in their order (Documents or the store's summaries)."""
    rows = []
    for doc in docs:
        row = DocumentParameters(doc.key, doc.meta.place, doc.meta.level)
        for value in document_parameters(doc):
            row.values.setdefault(value.parameter, []).append(value)
        rows.append(row)
    return ParameterTable(PARAMETERS, rows)


def document_parameters(doc: Document) -> list[ParameterValue]:
    """Every parameter value of a document in text order; a repeated value (same parameter,
    same folded text, same abolished state) only where it first appears."""
    folded = fold(doc.text)  # not doc.folded(): the store's summaries have the text alone
    found = _conditions(doc, folded) + _targets(doc)
    seen, out = set(), []
    for value in sorted(found, key=lambda v: (v.start, v.parameter)):
        identity = (value.parameter, folded[value.start:value.end], value.abolished)
        if identity not in seen:
            seen.add(identity)
            out.append(value)
    return out


def _conditions(doc: Document, folded: str) -> list[ParameterValue]:
    out = []
    for parameter, pattern in _CONDITIONS:
        for match in pattern.finditer(folded):
            start, end = match.span("value")
            figure = next(iter(value_rules.extract(doc.text, start, end, folded=folded)), None)
            out.append(ParameterValue(
                parameter, doc.key, doc.text[start:end], start, end, _clause_at(doc, start),
                figure.number if figure else None, figure.unit if figure else "",
                figure.qualifier if figure else "", abolished=_abolished(folded, start)))
    return out


def _targets(doc: Document) -> list[ParameterValue]:
    out = []
    for target in doc.meta.targets:
        parameter = _target_parameter(target.indicator, target.unit)
        out.append(ParameterValue(parameter, doc.key, target.text, target.start, target.end,
                                  _clause_at(doc, target.start), target.value, target.unit,
                                  target.qualifier, target.year))
    return out


def _target_parameter(indicator: str, unit: str) -> str:
    if indicator == "户籍人口城镇化率":
        return "urbanization_growth" if unit == "个百分点" else "urbanization_target"
    return {"常住人口城镇化率": "resident_urbanization_target", "年均转户": "annual_transfers"}.get(
        indicator, "settlement_target")


def _abolished(folded: str, start: int) -> bool:
    sentence_start = max(folded.rfind(end, 0, start) for end in "。;\n") + 1
    return "取消" in folded[sentence_start:start]


def _clause_at(doc: Document, offset: int) -> str:
    index = bisect_right([c.start for c in doc.clauses], offset) - 1
    return doc.clauses[max(index, 0)].id

"""The printed comparison's own words (exchange/reports/comparison_print.py) in the interface
language: shared by the two-document window and the clause-family view."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...exchange.reports.comparison_print import PrintLabels

translate = QCoreApplication.translate  # by this name, lupdate finds the strings


def print_labels() -> PrintLabels:
    return PrintLabels(
        title=translate("ComparisonReport", "条款对照报告"),
        counts=translate("ComparisonReport", "相同 {kept} 对，改动 {changed} 对，删去 {dropped} 条（只在左侧），"
                                             "新增 {added} 条（只在右侧）"),
        family_counts=translate("ComparisonReport", "{documents} 份文件：与参照相同 {kept} 份，有改动 {changed} 份，"
                                                    "没有对应条款 {absent} 份"),
        dates=(translate("ComparisonReport", "成文日期"), translate("ComparisonReport", "印发日期"),
               translate("ComparisonReport", "发布日期"), translate("ComparisonReport", "施行日期"),
               translate("ComparisonReport", "失效日期")),
        doc_number=translate("ComparisonReport", "文号"),
        no_counterpart=translate("ComparisonReport", "此处无对应条款"),
        moved_to=translate("ComparisonReport", "相应条款在 {clause}"),
        note=translate("ComparisonReport", "批注"))

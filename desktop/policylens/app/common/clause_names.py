"""Clause ids as the window shows them, 前言 and 结尾 translated (core.clause_names)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core import clause_names

translate = QCoreApplication.translate  # by this name, lupdate finds the strings


def clause_name(clause_id: str) -> str:
    names = {"preamble": translate("ClauseNames", "前言"), "closing": translate("ClauseNames", "结尾")}
    return clause_names.clause_name(clause_id, names)

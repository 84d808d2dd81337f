"""The scope bar over the corpus list: which documents the list, the agency view and the
annotation list are about, by their attributes and sets.

A condition is made from an attribute, a comparison and a value (the values the documents
have are offered, each with its count; a range is typed 2016..2020, several values 广东|浙江)
and shown as a button that removes it when clicked. A set narrows it further. The bar says
how many documents are in scope; core/scope.py decides which. Attributes are read through
the corpus (corpus_source.Corpus); when the attributes or the sets are changed elsewhere (the
attributes table, an import, the command line), the bar reads them again and applies itself.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...core.errors import PolicyLensError
from ...core.scope import AttributeCondition, Scope, ScopeError, SetCondition, parse_condition, scope_from
from ..common.attribute_names import attribute_name
from ..common.error_text import error_text
from ..common.flow_layout import FlowLayout
from .corpus_source import file_stamp

OPERATORS = ("=", "!=", ">=", "<=", "~")
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class ValueBox(QComboBox):
    """An editable combo box that asks for its items when its list is first opened: counting
    the values of 3,000 documents' attributes is no work for start-up."""
    about_to_show: Callable[[], None] | None = None

    def showPopup(self) -> None:
        if self.about_to_show:
            self.about_to_show()
        super().showPopup()


class ScopeBar(QWidget):
    scopeChanged = Signal(object)  # the keys in scope, or None for the whole corpus

    def __init__(self, corpus, parent=None):
        """corpus: corpus_source.Corpus (attribute_table, attribute_names, sets)."""
        super().__init__(parent)
        self.corpus = corpus
        self.scope = Scope()
        self.set_name: str | None = None
        self._keys: set[str] | None = None
        self._total = 0
        self._values_for: str | None = None  # the attribute whose values the value box offers
        self._build()
        self._watch_user_files()

    def _build(self) -> None:
        self.attribute_combo, self.operator_combo = QComboBox(self), QComboBox(self)
        self.attribute_combo.setToolTip(self.tr("按此属性筛选文件"))
        for op, text in zip(OPERATORS, ("=", "≠", "≥", "≤", self.tr("包含"))):
            self.operator_combo.addItem(text, op)
        self.value_combo = ValueBox(self)
        self.value_combo.about_to_show = self._offer_values_once
        self.value_combo.setEditable(True)
        self.value_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.value_combo.lineEdit().setPlaceholderText(self.tr("值；范围 2016..2020；多个 甲|乙"))
        self.value_combo.setToolTip(self.tr("一个值；范围写成 2016..2020；几个值之一写成 广东|浙江"))
        self.value_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Short minimums: the corpus pane is narrow on a small screen, and the reader comes first.
        for combo, characters in ((self.attribute_combo, 2), (self.operator_combo, 1), (self.value_combo, 3)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(characters)
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("筛选"))
        self.add_button.setToolTip(self.tr("加入这个条件：只显示符合所有条件的文件"))
        self.set_combo = QComboBox(self)
        self.set_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)  # wraps in a narrow pane rather than widening it
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("全部文件"))
        self.clear_button.setToolTip(self.tr("去掉所有条件和文件集"))
        self.chips = QWidget(self)
        self.chip_layout = FlowLayout(self.chips, spacing=4)
        self.chip_layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self._lay_out()
        self.attribute_combo.currentIndexChanged.connect(self._attribute_chosen)
        self.add_button.clicked.connect(self.add_typed)
        self.value_combo.lineEdit().returnPressed.connect(self.add_typed)
        self.set_combo.currentIndexChanged.connect(self._set_chosen)
        self.clear_button.clicked.connect(self.clear)

    def _lay_out(self) -> None:
        condition = QHBoxLayout()
        condition.setSpacing(2)
        condition.addWidget(self.attribute_combo, 1)  # both grow with the pane; the value more
        condition.addWidget(self.operator_combo)
        condition.addWidget(self.value_combo, 2)
        status = QHBoxLayout()
        status.addWidget(self.add_button)
        status.addWidget(self.set_combo)
        status.addWidget(self.count_label, 1)
        status.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(condition)
        column.addLayout(status)
        column.addWidget(self.chips)
        column.addWidget(self.message)

    # --- public ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """The corpus or its attributes changed: offer what there is now and apply the scope again."""
        current = self.attribute_combo.currentData()
        self.attribute_combo.blockSignals(True)
        self.attribute_combo.clear()
        for name in self.corpus.attribute_names():
            if name != "title":
                self.attribute_combo.addItem(attribute_name(name), name)
        self.attribute_combo.setCurrentIndex(max(0, self.attribute_combo.findData(current or "province")))
        self.attribute_combo.blockSignals(False)
        self._total = len(self.corpus.records())
        if not self._watcher.directories() and self._user_folder.is_dir():  # made with the first annotation
            self._watcher.addPath(str(self._user_folder))
        self._values_for = None  # offered again when the list is opened
        self._offer_sets()
        self._apply()

    def keys(self) -> set[str] | None:
        """The keys in scope; None when the scope is the whole corpus."""
        return self._keys

    def add_condition(self, condition) -> None:
        self.scope = self.scope.with_condition(condition)
        self._apply()

    def add_typed(self) -> bool:
        """Add the condition the attribute, comparison and value boxes make; False (and why) if none."""
        name, op = self.attribute_combo.currentData(), self.operator_combo.currentData()
        index = self.value_combo.currentIndex()
        text = self.value_combo.currentText().strip()
        if not text:  # nothing chosen or typed (the combo passes Return on once more after an add)
            return False
        value = self.value_combo.itemData(index, VALUE_ROLE) if index >= 0 and text == self.value_combo.itemText(
            index) else text
        try:
            condition = parse_condition(f"{name}{op}{value}", self.corpus.attribute_names())
        except ScopeError as exc:
            self._say(error_text(exc))
            return False
        self.value_combo.setEditText("")
        self.add_condition(condition)
        return True

    def written(self) -> list[str]:
        """The scope as written conditions (the command line's --where), set included."""
        return [c.text() for c in self._full_scope().conditions]

    def apply_written(self, wheres: list[str]) -> bool:
        """Put the scope a saved search was made in; False (and why, in the bar) if it no
        longer applies, such as a set that was deleted."""
        try:
            scope = scope_from(wheres, self.corpus.attribute_names(), lambda name: self.corpus.sets()[name])
        except KeyError as exc:
            self._say(self.tr("没有名为“{name}”的文件集").format(name=exc.args[0]))
            return False
        except PolicyLensError as exc:
            self._say(error_text(exc))
            return False
        self.scope = scope
        self.set_combo.blockSignals(True)
        self.set_combo.setCurrentIndex(0)
        self.set_combo.blockSignals(False)
        self.set_name = None
        self._apply()
        return True

    def remove(self, index: int) -> None:
        self.scope = self.scope.without(index)
        self._apply()

    def clear(self) -> None:
        self.scope = Scope()
        self.set_combo.setCurrentIndex(0)  # applies
        self._apply()

    def describe(self, condition) -> str:
        """A condition as its button says it: 省份 = 广东, 年份 2016…2020."""
        if isinstance(condition, SetCondition):
            return self.tr("文件集 {name}").format(name=condition.name)
        if not isinstance(condition, AttributeCondition):
            return condition.text()
        name = attribute_name(condition.name)
        if condition.is_range:
            return f"{name} {condition.values[0]}…{condition.values[1]}"
        shown = {"!=": "≠", ">=": "≥", "<=": "≤", "~": self.tr("包含")}.get(condition.op, condition.op)
        values = self.tr("或").join(v or self.tr("（空）") for v in condition.values)
        return f"{name} {shown} {values}"

    # --- behaviour ------------------------------------------------------------------------
    def _watch_user_files(self) -> None:
        """The user folder is watched (a file replaced atomically is a new file: a watch on
        the file itself would end with its first save); the journal's writes there are
        frequent, so only a change of the attributes or the sets file refreshes the bar."""
        layout = self.corpus.workspace.layout
        self._user_files = (layout.attributes, layout.collections)
        self._stamps = self._user_stamps()
        self._watcher = QFileSystemWatcher(self)
        self._user_folder = layout.user
        self._pause = QTimer(self, singleShot=True, interval=200)  # one refresh for a burst of writes
        self._watcher.directoryChanged.connect(lambda _path: self._pause.start())
        self._pause.timeout.connect(self._user_files_changed)

    def _user_stamps(self) -> tuple:
        return tuple(file_stamp(path) for path in self._user_files)

    def _user_files_changed(self) -> None:
        stamps = self._user_stamps()
        if stamps != self._stamps:
            self._stamps = stamps
            self.refresh()

    def _attribute_chosen(self, _index=None) -> None:
        self._values_for = None
        self.value_combo.clear()
        self.value_combo.setEditText("")

    def _offer_values_once(self) -> None:
        if self._values_for != self.attribute_combo.currentData():
            self.offer_values()

    def offer_values(self) -> None:
        """The values of the chosen attribute, most frequent first, each with its count."""
        name = self._values_for = self.attribute_combo.currentData()
        counts = Counter(values.get(name, "") for values in self.corpus.attribute_table().values())
        self.value_combo.blockSignals(True)
        self.value_combo.clear()
        for value, n in sorted(counts.items(), key=lambda vn: (-vn[1], vn[0])):
            self.value_combo.addItem(f"{value or self.tr('（空）')} ({n})")
            self.value_combo.setItemData(self.value_combo.count() - 1, value, VALUE_ROLE)
        self.value_combo.setCurrentIndex(-1)
        self.value_combo.setEditText("")
        self.value_combo.blockSignals(False)

    def _offer_sets(self) -> None:
        sets = self.corpus.sets()
        current = self.set_name if self.set_name in sets else None
        self.set_combo.blockSignals(True)
        self.set_combo.clear()
        self.set_combo.addItem(self.tr("所有文件集"), None)
        for name, keys in sorted(sets.items()):
            self.set_combo.addItem(self.tr("{name}（{n} 份）").format(name=name, n=len(keys)), name)
        self.set_combo.setCurrentIndex(max(0, self.set_combo.findData(current)) if current else 0)
        self.set_combo.setVisible(bool(sets))
        self.set_combo.blockSignals(False)
        self.set_name = current

    def _set_chosen(self, _index=None) -> None:
        self.set_name = self.set_combo.currentData()
        self._apply()

    def _full_scope(self) -> Scope:
        members = self.corpus.sets().get(self.set_name) if self.set_name else None
        return self.scope.with_condition(SetCondition(self.set_name, frozenset(members))) if members is not None \
            else self.scope

    def _apply(self) -> None:
        scope = self._full_scope()
        keys = scope.keys(self.corpus.attribute_table()) if scope else None
        self._show_chips()
        self.message.hide()
        total = self._total
        self.count_label.setText(self.tr("全部 {total} 份文件").format(total=total) if keys is None else
                                 self.tr("范围内 {n} / {total} 份文件").format(n=len(keys), total=total))
        self.clear_button.setEnabled(keys is not None)
        if keys != self._keys:
            self._keys = keys
            self.scopeChanged.emit(keys)

    def _show_chips(self) -> None:
        while self.chip_layout.count():
            chip = self.chip_layout.takeAt(0).widget()
            chip.setParent(None)  # gone now, not at the next turn of the event loop
            chip.deleteLater()
        for index, condition in enumerate(self.scope.conditions):
            chip = QToolButton(self.chips)
            chip.setText(self.describe(condition) + "  ✕")
            chip.setToolTip(self.tr("点击去掉这个条件"))
            chip.setObjectName("scopeCondition")
            chip.clicked.connect(lambda _checked=False, index=index: self.remove(index))
            self.chip_layout.addWidget(chip)
        self.chips.setVisible(bool(self.scope.conditions))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

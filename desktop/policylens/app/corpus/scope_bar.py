"""The scope bar over the corpus list: which documents the list, the agency view, the
annotation list and the search are about, by their attributes, sets and validity.

A condition is made from an attribute, a comparison and a value (the values the documents
have are offered, each with its count; a range is typed 2016..2020, several values 广东|浙江)
and shown as a button that removes it when clicked. A set narrows it further, and so does
"in force on a date" (the last entry of the attribute box; a day, a month or a year, as the
command line's --in-force): what is in force is read from every document's summary
(core/diffusion/validity.py) on a worker thread, once the summaries are loaded, and applied
when known. The bar says how many documents are in scope; core/scope.py decides which.

Attributes are read through the corpus (corpus_source.Corpus); when the attributes or the sets
are changed elsewhere (the attributes table, an import, the command line), the bar reads them
again and applies itself. The scope is kept in the settings (saved_scope.py) and comes back
when the window starts again on the same data folder; what no longer applies is dropped and said.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable

from PySide6.QtCore import QFileSystemWatcher, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...core.diffusion.validity import InForceCondition
from ...core.errors import PolicyLensError
from ...core.scope import (IN_FORCE, AttributeCondition, Scope, ScopeError, SetCondition, in_force_date,
                           parse_condition, scope_from)
from ..common.attribute_names import attribute_name
from ..common.error_text import error_text
from ..common.flow_layout import FlowLayout
from ..common.in_force_box import in_force_of
from ..common.runner import Runner
from .corpus_source import file_stamp
from .saved_scope import SavedScope, save_scope, saved_scope

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
    refreshed = Signal()  # the attributes and sets were read again

    def __init__(self, corpus, parent=None, settings: QSettings | None = None):
        """corpus: corpus_source.Corpus (attribute_table, attribute_names, sets); settings: where
        the scope is kept for the next start (None: not kept)."""
        super().__init__(parent)
        self.corpus, self.settings = corpus, settings
        self.scope = Scope()
        self.set_name: str | None = None
        self.in_force: str | None = None  # "in force on" this day, month or year
        self._in_force_keys: frozenset[str] | None = None  # ...once read (None: not yet)
        self._in_force_of = None  # date -> keys in force, over the loaded summaries
        self._in_force_runner = Runner(self, "policylens-in-force")
        self._in_force_runner.finished.connect(self._in_force_read)
        self._in_force_runner.failed.connect(self._say)
        self._keys: set[str] | None = None
        self._total = 0
        self._values_for: str | None = None  # the attribute whose values the value box offers
        self._restored = settings is None
        self._saved = SavedScope()
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
        self.attribute_combo.addItem(self.tr("有效于（日期）"), IN_FORCE)
        self.attribute_combo.setCurrentIndex(max(0, self.attribute_combo.findData(current or "province")))
        self.attribute_combo.blockSignals(False)
        self._fit_operator()
        self._total = len(self.corpus.records())
        if not self._watcher.directories() and self._user_folder.is_dir():  # made with the first annotation
            self._watcher.addPath(str(self._user_folder))
        self._values_for = None  # offered again when the list is opened
        self._offer_sets()
        dropped = [] if self._restored else self._restore()
        self._apply()
        if dropped:
            self._say(self.tr("上次的筛选范围有条件已不适用，已去掉：") + "；".join(dropped))
        self.refreshed.emit()

    def set_documents(self, documents) -> None:
        """The summaries of every document are loaded (again): what is in force is read from them."""
        self._in_force_of = in_force_of(list(documents))
        self._in_force_keys = None
        self._read_in_force()

    def set_in_force(self, on: str | None) -> None:
        """Keep the documents in force on a day, month or year (ISO); None: whatever their validity."""
        if on != self.in_force:
            self.in_force, self._in_force_keys = on, None
            self._read_in_force()
        self._apply()

    def shutdown(self) -> None:
        self._in_force_runner.shutdown()

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
        try:  # "in force on" is a date; any other entry a condition on an attribute
            made = in_force_date(f"{IN_FORCE}={value}") if name == IN_FORCE else \
                parse_condition(f"{name}{op}{value}", self.corpus.attribute_names())
        except ScopeError as exc:
            self._say(error_text(exc))
            return False
        self.value_combo.setEditText("")
        if name == IN_FORCE:
            self.set_in_force(made)
        else:
            self.add_condition(made)
        return True

    def written(self) -> list[str]:
        """The scope as written conditions (the command line's --where), set and in-force date included."""
        return [c.text() for c in self._full_scope().conditions] + \
            ([] if self.in_force is None or self._in_force_keys is not None else [f"{IN_FORCE}={self.in_force}"])

    def apply_written(self, wheres: list[str]) -> bool:
        """Put the scope a saved search was made in; False (and why, in the bar) if it no
        longer applies, such as a set that was deleted."""
        try:
            dates = [on for on in map(in_force_date, wheres) if on is not None]
            scope = self._scope_of([w for w in wheres if in_force_date(w) is None])
        except KeyError as exc:
            self._say(self._no_set(exc.args[0]))
            return False
        except PolicyLensError as exc:
            self._say(error_text(exc))
            return False
        self.scope = scope
        self.set_combo.blockSignals(True)
        self.set_combo.setCurrentIndex(0)
        self.set_combo.blockSignals(False)
        self.set_name = None
        self.set_in_force(dates[-1] if dates else None)
        return True

    def _scope_of(self, wheres: list[str]) -> Scope:
        return scope_from(wheres, self.corpus.attribute_names(), lambda name: self.corpus.sets()[name])

    def _no_set(self, name: str) -> str:
        return self.tr("没有名为“{name}”的文件集").format(name=name)

    def remove(self, index: int) -> None:
        self.scope = self.scope.without(index)
        self._apply()

    def clear(self) -> None:
        self.scope = Scope()
        self.in_force = self._in_force_keys = None
        self.set_combo.setCurrentIndex(0)  # applies
        self._apply()

    def describe(self, condition) -> str:
        """A condition as its button says it: 省份 = 广东, 年份 2016…2020."""
        if isinstance(condition, SetCondition):
            return self.tr("文件集 {name}").format(name=condition.name)
        if isinstance(condition, InForceCondition):
            return self.tr("有效于 {date}").format(date=condition.on)
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
        self._fit_operator()

    def _fit_operator(self) -> None:
        dated = self.attribute_combo.currentData() == IN_FORCE  # "in force on" compares nothing
        if dated:
            self.operator_combo.setCurrentIndex(self.operator_combo.findData("="))
        self.operator_combo.setEnabled(not dated)
        self.value_combo.lineEdit().setPlaceholderText(
            self.tr("日期：2018-06-01、2018-06 或 2018") if dated else self.tr("值；范围 2016..2020；多个 甲|乙"))

    def _offer_values_once(self) -> None:
        if self._values_for != self.attribute_combo.currentData():
            self.offer_values()

    def offer_values(self) -> None:
        """The values of the chosen attribute, most frequent first, each with its count."""
        name = self._values_for = self.attribute_combo.currentData()
        table = self.corpus.attribute_table().values()
        self.value_combo.blockSignals(True)
        self.value_combo.clear()
        if name == IN_FORCE:  # the years the documents are of, latest first: a year is a date too
            for year in sorted({values.get("year", "") for values in table} - {""}, reverse=True):
                self.value_combo.addItem(year)
                self.value_combo.setItemData(self.value_combo.count() - 1, year, VALUE_ROLE)
        counts = Counter(values.get(name, "") for values in table) if name != IN_FORCE else Counter()
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
        """The conditions, the set and the in-force date (once what is in force is known)."""
        scope = self.scope
        members = self.corpus.sets().get(self.set_name) if self.set_name else None
        if members is not None:
            scope = scope.with_condition(SetCondition(self.set_name, frozenset(members)))
        if self.in_force is not None and self._in_force_keys is not None:
            scope = scope.with_condition(InForceCondition(self.in_force, self._in_force_keys))
        return scope

    def _read_in_force(self) -> None:
        """What is in force on the date, on the worker thread; applied when it is known."""
        on, keys_on = self.in_force, self._in_force_of
        if on is not None and keys_on is not None:
            self._in_force_runner.start(lambda job: (on, keys_on(on)))

    def _in_force_read(self, result) -> None:
        on, keys = result
        if on == self.in_force:
            self._in_force_keys = frozenset(keys)
            self._apply()

    def _apply(self) -> None:
        scope = self._full_scope()
        keys = scope.keys(self.corpus.attribute_table()) if scope else None
        self._show_chips()
        self.message.hide()
        total = self._total
        self.count_label.setText(self.tr("全部 {total} 份文件").format(total=total) if keys is None else
                                 self.tr("范围内 {n} / {total} 份文件").format(n=len(keys), total=total))
        pending = self.in_force is not None and self._in_force_keys is None
        if pending:  # the views keep what they show until it is known: no flash of every document
            self.count_label.setText(self.tr("正在确定哪些文件在 {date} 有效…").format(date=self.in_force))
        self.clear_button.setEnabled(keys is not None or self.in_force is not None)
        self._keep()
        if keys != self._keys and not pending:
            self._keys = keys
            self.scopeChanged.emit(keys)

    # --- kept across starts (saved_scope.py) -----------------------------------------------
    def _keep(self) -> None:
        state = SavedScope([c.text() for c in self.scope.conditions], self.set_name, self.in_force)
        if self.settings is not None and self._restored and state != self._saved:
            self._saved = state
            save_scope(self.settings, self.corpus.data_dir, state)

    def _restore(self) -> list[str]:
        """Put the scope kept from the last start; returns what no longer applies (each dropped)."""
        self._restored = True
        saved = self._saved = saved_scope(self.settings, self.corpus.data_dir)
        dropped, conditions = [], []
        for where in saved.conditions:
            try:
                conditions += self._scope_of([where]).conditions
            except KeyError as exc:
                dropped.append(self._no_set(exc.args[0]))
            except PolicyLensError as exc:
                dropped.append(error_text(exc))
        self.scope = Scope(tuple(conditions))
        if saved.set_name is not None:
            index = self.set_combo.findData(saved.set_name)
            if index > 0:
                self.set_combo.blockSignals(True)
                self.set_combo.setCurrentIndex(index)
                self.set_combo.blockSignals(False)
                self.set_name = saved.set_name
            else:
                dropped.append(self._no_set(saved.set_name))
        if saved.in_force is not None:
            try:
                self.in_force = in_force_date(f"{IN_FORCE}={saved.in_force}")
            except ScopeError as exc:
                dropped.append(error_text(exc))
        return dropped

    def _show_chips(self) -> None:
        while self.chip_layout.count():
            chip = self.chip_layout.takeAt(0).widget()
            chip.setParent(None)  # gone now, not at the next turn of the event loop
            chip.deleteLater()
        for index, condition in enumerate(self.scope.conditions):
            self._chip(self.describe(condition), lambda _checked=False, index=index: self.remove(index))
        if self.in_force is not None:
            text = self.describe(InForceCondition(self.in_force, frozenset()))
            self._chip(text if self._in_force_keys is not None else text + self.tr("（计算中）"),
                       lambda _checked=False: self.set_in_force(None))
        self.chips.setVisible(bool(self.scope.conditions) or self.in_force is not None)

    def _chip(self, text: str, remove) -> None:
        chip = QToolButton(self.chips)
        chip.setText(text + "  ✕")
        chip.setToolTip(self.tr("点击去掉这个条件"))
        chip.setObjectName("scopeCondition")
        chip.clicked.connect(remove)
        self.chip_layout.addWidget(chip)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

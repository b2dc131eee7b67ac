"""Tabs of a QTabWidget built when first shown (issue 12.5: opening a page builds only the tab in view). Each tab's
place is held by an empty placeholder with the tab's title; when the tab is selected, or its view is asked for
(`get`), the view is built and takes the placeholder's index, title and colour. The counterpart of LazyPages."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs:
    def __init__(self, tabs: QTabWidget, on_built: Callable[[str, QWidget], None] | None = None):
        self.tabs = tabs
        self.on_built = on_built
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._holders: dict[str, QWidget] = {}  # key -> placeholder, until built
        self._views: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._current_changed)

    def add(self, key: str, title: str, factory: Callable[[], QWidget] | None = None,
            view: QWidget | None = None) -> None:
        """A tab built now (`view`) or when first shown (`factory`)."""
        if view is not None:
            self._views[key] = view
            self.tabs.addTab(view, title)
            return
        holder = QWidget()
        self._factories[key], self._holders[key] = factory, holder
        self.tabs.addTab(holder, title)
        if self.tabs.currentWidget() is holder:  # the first tab added is the current one: shown, so built
            self.get(key)

    def built(self, key: str) -> QWidget | None:
        """The view if it exists already (never builds it)."""
        return self._views.get(key)

    def views(self) -> list[QWidget]:
        return list(self._views.values())

    def index(self, key: str) -> int:
        """The tab's index, built or not."""
        return self.tabs.indexOf(self._views.get(key) or self._holders[key])

    def get(self, key: str) -> QWidget:
        """The view, built now if it was not yet."""
        view = self._views.get(key)
        if view is not None:
            return view
        holder = self._holders.pop(key)
        view = self._factories.pop(key)()
        self._views[key] = view
        i = self.tabs.indexOf(holder)
        bar = self.tabs.tabBar()
        title, colour, tip = self.tabs.tabText(i), bar.tabTextColor(i), self.tabs.tabToolTip(i)
        current = self.tabs.currentIndex() == i
        self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(i, view, title)
            self.tabs.removeTab(i + 1)
            if current:
                self.tabs.setCurrentIndex(i)
        finally:
            self.tabs.blockSignals(False)
        if colour.isValid():
            bar.setTabTextColor(i, colour)
        self.tabs.setTabToolTip(i, tip)
        holder.deleteLater()
        if self.on_built is not None:
            self.on_built(key, view)
        return view

    def _current_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for key, holder in list(self._holders.items()):
            if holder is widget:
                self.get(key)
                return

"""Pages of a QStackedWidget built on first use (issue 12.5: the main window comes up without building, and
loading the data of, pages nobody has opened yet). An empty placeholder holds each page's place until it is
needed; it is then replaced by the page at the same index."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget


class LazyPages:
    def __init__(self, stack: QStackedWidget, on_built: Callable[[str, QWidget], None] | None = None):
        self.stack = stack
        self.on_built = on_built
        self.keys: list[str] = []
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._pages: dict[str, QWidget] = {}

    def add(self, key: str, factory: Callable[[], QWidget] | None = None, page: QWidget | None = None) -> None:
        """A page built now (`page`) or on first use (`factory`)."""
        self.keys.append(key)
        if page is not None:
            self._pages[key] = page
            self.stack.addWidget(page)
        else:
            self._factories[key] = factory
            self.stack.addWidget(QWidget())

    def built(self, key: str) -> QWidget | None:
        """The page if it exists already (never builds it)."""
        return self._pages.get(key)

    def get(self, key: str) -> QWidget:
        """The page, built now if it was not yet."""
        page = self._pages.get(key)
        if page is not None:
            return page
        i = self.keys.index(key)
        page = self._factories.pop(key)()
        self._pages[key] = page
        placeholder = self.stack.widget(i)
        was_current = self.stack.currentIndex() == i
        self.stack.insertWidget(i, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if was_current:
            self.stack.setCurrentIndex(i)
        if self.on_built is not None:
            self.on_built(key, page)
        return page

    def show(self, index: int) -> None:
        """Show the page at `index`, building it first if needed."""
        if 0 <= index < len(self.keys):
            self.get(self.keys[index])
            self.stack.setCurrentIndex(index)

"""Where the seal goes (SEAL-05): a page of the document to be sealed, drawn with QtPdf, on which
the custodian clicks the place for the impression (a red ring of the seal's real size shows it);
the default place — over the last page's date — is chosen at the start. A 骑缝章 box for
multi-page documents (shown as red slices at the right edge of the page)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.documents.outgoing_seal import Placement
from desktop.ui.pdf_preview import load_pdf_bytes

__all__ = ["PageCanvas", "SealPlacementWidget"]

SEAL_RED = QColor(204, 18, 18)


class PageCanvas(QWidget):
    """One page as an image; a click reports the point in PDF points (origin lower left)."""

    clicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.image = QImage()
        self.page_size = (595.0, 842.0)  # points
        self.mark: tuple[float, float] | None = None
        self.diameter = 119.0
        self.riding_strip = 0.0  # width in points of this page's 骑缝章 slice (0: none)
        self.setMinimumSize(300, 420)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt
        return QSize(340, 480)

    def set_page(self, image: QImage, size: tuple[float, float]) -> None:
        self.image, self.page_size = image, size
        self.update()

    def _frame(self) -> QRectF:
        w, h = self.page_size
        scale = min(self.width() / w, self.height() / h)
        return QRectF((self.width() - w * scale) / 2, (self.height() - h * scale) / 2, w * scale, h * scale)

    def to_points(self, pos: QPointF) -> tuple[float, float] | None:
        f = self._frame()
        if not f.contains(pos):
            return None
        scale = f.width() / self.page_size[0]
        return (pos.x() - f.left()) / scale, self.page_size[1] - (pos.y() - f.top()) / scale

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt
        point = self.to_points(event.position())
        if point is not None:
            self.clicked.emit(*point)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        f = self._frame()
        p.fillRect(self.rect(), QColor(120, 120, 124))
        p.fillRect(f, Qt.GlobalColor.white)
        if not self.image.isNull():
            p.drawImage(f, self.image)
        scale = f.width() / self.page_size[0]
        pen = QPen(SEAL_RED, 2.0)
        if self.riding_strip:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(204, 18, 18, 70))
            p.drawRect(QRectF(f.right() - self.riding_strip * scale, f.center().y() - self.diameter * scale / 2,
                              self.riding_strip * scale, self.diameter * scale))
        if self.mark is not None:
            x, y = self.mark
            cx, cy = f.left() + x * scale, f.top() + (self.page_size[1] - y) * scale
            r = self.diameter * scale / 2
            p.setPen(pen)
            p.setBrush(QColor(204, 18, 18, 40))
            p.drawEllipse(QPointF(cx, cy), r, r)
            p.drawLine(QPointF(cx - 4, cy), QPointF(cx + 4, cy))
            p.drawLine(QPointF(cx, cy - 4), QPointF(cx, cy + 4))
        p.end()


class SealPlacementWidget(QWidget):
    """Page chooser, the clickable page, the 骑缝章 box and a line saying where the seal goes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer = None
        self.sizes: tuple[tuple[float, float], ...] = ()
        self.default: Placement | None = None
        self.date_found = False
        self.signed = False
        self.positions: dict[int, tuple[float, float]] = {}
        self.canvas = PageCanvas(self)
        self.canvas.clicked.connect(self.place)
        self.pageSpin = QSpinBox(self)
        self.pageSpin.setObjectName("pageSpin")
        self.pageSpin.setMinimum(1)
        self.pageSpin.valueChanged.connect(self._show_page)
        self.ridingCheck = QCheckBox(self.tr("Paging seal (骑缝章) across the right edge of every page"), self)
        self.ridingCheck.setObjectName("ridingCheck")
        self.ridingCheck.toggled.connect(self._riding)
        self.whereLabel = QLabel(self)
        self.whereLabel.setObjectName("whereLabel")
        self.whereLabel.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Page:"), self))
        top.addWidget(self.pageSpin)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.ridingCheck)
        layout.addWidget(self.whereLabel)

    def load(self, data: bytes, facts) -> None:  # noqa: ANN001 - services' OutgoingFacts
        """The document and what the service found: pages, sizes, signatures, the default place."""
        self._buffer = load_pdf_bytes(self.document, data, self)
        self.sizes, self.default, self.date_found = facts.page_sizes, facts.default, facts.date_found
        self.signed = facts.signatures > 0
        self.positions = {facts.default.page: (facts.default.x, facts.default.y)}
        self.pageSpin.blockSignals(True)
        self.pageSpin.setMaximum(max(1, facts.pages))
        self.pageSpin.setValue(facts.default.page + 1)
        self.pageSpin.blockSignals(False)
        self.ridingCheck.setChecked(False)
        self.ridingCheck.setEnabled(facts.pages > 1 and not self.signed)
        if self.signed:
            self.ridingCheck.setToolTip(self.tr("The document already carries signatures: a paging seal would "
                                                "change every page and break them."))
        elif facts.pages < 2:
            self.ridingCheck.setToolTip(self.tr("A paging seal is for documents of more than one page."))
        self._show_page()

    def set_diameter(self, points: float) -> None:
        self.canvas.diameter = points
        self.canvas.update()

    def _show_page(self) -> None:
        page = self.pageSpin.value() - 1
        if not self.sizes or page >= len(self.sizes):
            return
        w, h = self.sizes[page]
        scale = 2.0
        self.canvas.set_page(self.document.render(page, QSize(int(w * scale), int(h * scale))), (w, h))
        self.canvas.mark = self.positions.get(page)
        self._riding()

    def _riding(self) -> None:
        n = len(self.sizes)
        self.canvas.riding_strip = self.canvas.diameter / n if self.ridingCheck.isChecked() and n > 1 else 0.0
        self.canvas.update()
        self._describe()

    def place(self, x: float, y: float) -> None:
        """The impression's centre at (x, y) points on the page shown (only one place is kept)."""
        page = self.pageSpin.value() - 1
        self.positions = {page: (x, y)}
        self.canvas.mark = (x, y)
        self.canvas.update()
        self._describe()

    def placement(self) -> Placement | None:
        if not self.positions:
            return None
        page, (x, y) = next(iter(self.positions.items()))
        return Placement(page, x, y, self.ridingCheck.isChecked())

    def _describe(self) -> None:
        where = self.placement()
        if where is None:
            self.whereLabel.setText(self.tr("Click the page where the seal goes."))
        else:
            default = self.default is not None and (where.page, where.x, where.y) == (
                self.default.page, self.default.x, self.default.y)
            text = self.tr("The seal goes on page {page} at ({x:.0f}, {y:.0f}) pt").format(
                page=where.page + 1, x=where.x, y=where.y)
            if default:
                text += self.tr(" — over the date of the sign-off") if self.date_found else \
                    self.tr(" — lower right (no date found on the last page)")
            if where.riding:
                text += self.tr("; and a paging seal on all {n} pages").format(n=len(self.sizes))
            self.whereLabel.setText(text + self.tr(". Click elsewhere on a page to move it."))
        self.changed.emit()

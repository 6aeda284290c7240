"""Windows and dialogs that fit the screen they are on (a 1366×768 laptop, a 1024×600
netbook, a projector unplugged since the last run).

``fit_main_window`` sizes the main window on its first start and brings a remembered
geometry back inside the screen; ``fit_dialog`` is called at the end of every dialog's
constructor: the dialog is never larger than the screen, and a form taller than the screen
scrolls inside the dialog with its buttons (the ``QDialogButtonBox``) kept in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QScrollArea, QVBoxLayout, QWidget

TITLE_BAR = 40  # room left above a window for the title bar the window manager adds
EDGES = 8  # and for its borders


def available(widget: QWidget | None = None) -> QRect:
    """The available geometry (without task bars) of the screen ``widget`` is on."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all: a size that fits every laptop
        return QRect(0, 0, 1024, 600)
    return screen.availableGeometry()


def room(widget: QWidget | None = None) -> QSize:
    """The largest size of a window's client area that fits with its title bar and edges."""
    area = available(widget)
    return QSize(max(320, area.width() - EDGES), max(240, area.height() - TITLE_BAR - EDGES))


def first_size(widget: QWidget, wanted: QSize = QSize(1440, 860)) -> QSize:  # noqa: B008
    """``wanted``, or less where the screen is smaller."""
    return wanted.boundedTo(room(widget))


def bring_inside(widget: QWidget) -> None:
    """Move and shrink ``widget`` (a top-level window) so that its frame is on its screen."""
    area = available(widget)
    limit = room(widget)
    size = widget.size()
    if widget.isMaximized() or widget.isFullScreen():
        return
    if size.width() > limit.width() or size.height() > limit.height():
        widget.resize(size.boundedTo(limit))
        size = widget.size()
    frame = widget.frameGeometry()
    extra_w = max(0, frame.width() - widget.width())
    extra_h = max(0, frame.height() - widget.height())
    if extra_h == 0:  # not shown yet: the title bar is still to come
        extra_w, extra_h = EDGES, TITLE_BAR + EDGES
    x = min(max(frame.x(), area.x()), area.x() + area.width() - size.width() - extra_w)
    y = min(max(frame.y(), area.y()), area.y() + area.height() - size.height() - extra_h)
    widget.move(max(area.x(), x), max(area.y(), y))


def fit_dialog(
    dialog: QWidget, wanted: QSize | tuple[int, int] | None = None, *, scroll: bool = True
) -> None:
    """Keep ``dialog`` inside its screen. Its size is ``wanted`` (or what it asked for with
    ``resize``, or its size hint) bounded by the screen; with ``scroll`` (forms) its content
    goes into a scroll area with the button box below it, always in sight, so that a form
    taller than the screen (or grown by error messages) scrolls inside the dialog; without,
    only when the content could not fit otherwise. Call it last in the constructor."""
    limit = room(dialog.parentWidget() or dialog)
    if isinstance(wanted, tuple):
        wanted = QSize(*wanted)
    if wanted is None:
        resized = dialog.testAttribute(Qt.WidgetAttribute.WA_Resized)
        wanted = dialog.size() if resized else QSize(0, 0)
    layout = dialog.layout()
    hint = QSize(0, 0)
    if layout is not None:
        need = layout.totalMinimumSize()
        if scroll or need.height() > limit.height() or need.width() > limit.width():
            content, box = _scroll_content(dialog)
            bar = dialog.style().pixelMetric(dialog.style().PixelMetric.PM_ScrollBarExtent)
            below = box.sizeHint().height() + 12 if box is not None else 0
            hint = content.sizeHint() + QSize(bar + 4, below + 4)
    dialog.setMinimumSize(dialog.minimumSize().boundedTo(limit))
    wanted = wanted.expandedTo(hint).expandedTo(dialog.sizeHint())
    dialog.resize(wanted.boundedTo(limit))


def _scroll_content(dialog: QWidget) -> tuple[QWidget, QDialogButtonBox | None]:
    """Move the dialog's layout into a scroll area; its button box (if any) stays outside."""
    old = dialog.layout()
    assert old is not None
    box: QDialogButtonBox | None = None
    for i in range(old.count()):
        item = old.itemAt(i)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QDialogButtonBox):
            box = widget
    if box is not None:
        old.removeWidget(box)
    margins = old.contentsMargins()
    content = QWidget()
    content.setObjectName("scrolled_content")
    content.setLayout(old)  # takes the layout (and its widgets) from the dialog
    scroll = QScrollArea()
    scroll.setObjectName("dialog_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    outer.addWidget(scroll, 1)
    if box is not None:
        box.setContentsMargins(margins.left(), 0, margins.right(), 0)
        outer.addWidget(box)
    return content, box

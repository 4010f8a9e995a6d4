"""The document template and canvas of the minutes: A4 pages, running header, footer, outline."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from facilitator import __version__
from facilitator.language import _, current_language
from facilitator.minutes import fonts
from facilitator.minutes.paragraphs import clip, fit, text
from facilitator.minutes.snapshot import (
    MinutesSnapshot,
)
from facilitator.minutes.style import (
    FRAME_WIDTH,
    HEADER_TITLE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    OUTLINE_TITLE,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)
from facilitator.minutes.words import (
    long_date,
    short_date,
)


class Outlined(Flowable):
    """A heading that leaves a bookmark and an outline entry where it lands on the page."""

    def __init__(self, inner: Flowable, title: str, key: str, level: int) -> None:
        super().__init__()
        self.inner = inner
        self.title = clip(title, OUTLINE_TITLE)
        self.key = key
        self.level = level
        self.keepWithNext = True

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.inner.split(availWidth, availHeight)
        if not parts:
            return []
        return [Outlined(parts[0], self.title, self.key, self.level), *parts[1:]]

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)
        self.canv.bookmarkHorizontal(self.key, 0, self.height + 6)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())


class NumberedCanvas(Canvas):
    """Holds every page until the end, so each footer can say "Page X of Y".

    Bookmarks are held with their page too: a bookmark made while pages are held back would
    otherwise point at the first page.
    """

    def __init__(
        self, *args: Any, footer: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held_pages: list[dict[str, Any]] = []
        self._held_bookmarks: list[tuple[int, str, dict[str, Any]]] = []

    def bookmarkPage(self, key: str, **options: Any) -> None:  # noqa: N802 (ReportLab's name)
        self._held_bookmarks.append((len(self._held_pages), key, options))

    def showPage(self) -> None:  # noqa: N802
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        bookmarks = self._held_bookmarks
        for index, state in enumerate(self._held_pages):
            self.__dict__.update(state)
            for page, key, options in bookmarks:
                if page == index:
                    Canvas.bookmarkPage(self, key, **options)
            self._footer(self, index + 1, total)
            Canvas.showPage(self)
        self.showOutline()
        Canvas.save(self)


_PLAIN = (int, float, str, bool, type(None))


class _BodyFrame(Frame):
    """A Frame whose deep copy copies only what is not a plain value.

    ReportLab deep-copies the document's frame each time it wraps a KeepTogether (headings kept
    with what follows make one each); the generic deepcopy walked every number of it. The
    result is the same: numbers, strings and None are shared, anything else copied deeply.
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> _BodyFrame:
        twin = object.__new__(type(self))
        memo[id(self)] = twin
        twin.__dict__.update(
            (name, value if type(value) in _PLAIN else deepcopy(value, memo))
            for name, value in self.__dict__.items()
        )
        return twin


class MinutesDocument(BaseDocTemplate):
    """A4 with a first page that opens on the title and later pages under a running header."""

    def __init__(self, buffer: BytesIO, snapshot: MinutesSnapshot, styles: StyleSheet1) -> None:
        s = snapshot
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=document_title(s),
            author=s.moderator.name if s.moderator else "Facilitator",
            subject=document_subject(s),
            creator=f"Facilitator {__version__}",
            keywords=[_("minutes"), "smarketing", s.kind.label],
            lang=current_language(),
            initialFontName=fonts.BODY_FONT,
        )
        self.snapshot = snapshot
        self.styles = styles
        self._title: tuple[Flowable, float] | None = None
        """The running header's title, laid out for the first page under it and drawn as it is
        on the others: it only depends on the meeting (fitting it was a binary search of
        measures on every page)."""
        frame = _BodyFrame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [
                PageTemplate(id="first", frames=[frame], autoNextPageTemplate="later"),
                PageTemplate(id="later", frames=[frame], onPage=self._header),
            ]
        )

    def _header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        s = self.snapshot
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP + 8
        right = _("Minutes · {day}").format(day=short_date(s.meeting_date))
        canvas.setFont(fonts.BODY_FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, right)
        if self._title is None:
            room = FRAME_WIDTH - canvas.stringWidth(right, fonts.BODY_FONT, 8) - 12
            title = text(fit(clip(s.title, HEADER_TITLE), room, 8), self.styles["Header"])
            _width, height = title.wrapOn(canvas, room, 40)
            self._title = (title, height)
        title, height = self._title
        title.drawOn(canvas, MARGIN_X, top - height + 8)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 5, PAGE_WIDTH - MARGIN_X, top - 5)
        canvas.restoreState()


def footer(
    prepared_on: date, canvas: Canvas, page: int, total: int, *, version: str = ""
) -> None:
    """The foot of every page: when it was prepared, the version sent (if it was), the page."""
    canvas.saveState()
    canvas.setFont(fonts.BODY_FONT, 7.5)
    canvas.setFillColor(MUTED)
    y = MARGIN_BOTTOM - 9 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, y + 10, PAGE_WIDTH - MARGIN_X, y + 10)
    prepared = _("Prepared with Facilitator on {day}").format(day=long_date(prepared_on))
    canvas.drawString(MARGIN_X, y, prepared)
    where = _("Page {page} of {total}").format(page=page, total=total)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, f"{version} · {where}" if version else where)
    canvas.restoreState()


def document_title(snapshot: MinutesSnapshot) -> str:
    return _("Minutes: {title}, {day}").format(
        title=snapshot.title, day=short_date(snapshot.meeting_date)
    )


def document_subject(snapshot: MinutesSnapshot) -> str:
    where = snapshot.series or snapshot.kind.label
    return _("{series}: minutes of {day}").format(
        series=where, day=long_date(snapshot.meeting_date)
    )

"""Headings kept with what follows them: never a heading (a theme's title with
its count line, "Actions", "الإجراءات") alone at the foot of a page with its
table on the next."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import FrameBreak

from desktop.reports.flowables import Heading, TextBlock

MIN_LINES = 2
"""Lines of a paragraph, or rows of a table, that must follow a heading on its page."""
OTHER_START = 60.0
"""Room, in points, for the start of anything else (a chart, a list)."""


def keeps_with_next(flowable: Flowable) -> bool:
    """A heading, or a line that introduces what follows (a count line)."""
    if isinstance(flowable, Heading):
        return True
    return isinstance(flowable, TextBlock) and flowable.style.keep_with_next


class RoomFor(Flowable):  # type: ignore[misc]
    """Placed before a heading: moves to the next page when what is left of
    this one cannot hold the heading, its introduction and the start of what
    follows (a table's header row and first rows, a paragraph's first
    lines). Draws nothing."""

    def __init__(self, group: list[Flowable], follower: Flowable | None) -> None:
        super().__init__()
        self.group = group
        self.follower = follower

    def needed(self, avail_width: float) -> float:
        total = 0.0
        for flowable in self.group:
            _, height = flowable.wrap(avail_width, 1e6)
            total += flowable.getSpaceBefore() + height + flowable.getSpaceAfter()
        return total + start_height(self.follower, avail_width)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is not None and not frame._atTop and self.needed(avail_width) > avail_height:
            frame.add_generated_content(FrameBreak)
        return 0.0, 0.0

    def draw(self) -> None:
        pass


def start_height(flowable: Flowable | None, avail_width: float) -> float:
    """The height of the start of ``flowable`` that must share its heading's page."""
    if flowable is None:
        return 0.0
    before = float(flowable.getSpaceBefore())
    starts = getattr(flowable, "start_height", None)
    if starts is not None:
        return before + float(starts(avail_width, MIN_LINES))
    _, height = flowable.wrap(avail_width, 1e6)
    if isinstance(flowable, TextBlock):
        lines = len(flowable.lines_for(avail_width))
        return before + min(lines, MIN_LINES) * flowable.style.leading
    return before + min(float(height), OTHER_START)


def keep_headings(body: Iterable[Flowable]) -> list[Flowable]:
    """``body`` with a RoomFor before each run of headings and introductory
    lines, sized to them and the start of the flowable after them."""
    items = list(body)
    out: list[Flowable] = []
    i = 0
    while i < len(items):
        if not keeps_with_next(items[i]):
            out.append(items[i])
            i += 1
            continue
        j = i
        while j < len(items) and keeps_with_next(items[j]):
            j += 1
        follower = items[j] if j < len(items) else None
        out.append(RoomFor(items[i:j], follower))
        out += items[i:j]
        i = j
    return out

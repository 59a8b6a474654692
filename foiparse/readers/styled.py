"""Text written piece by piece, with the bold/italic runs over it: what the layout readers build."""

from __future__ import annotations

from ..document import StyleRun


class StyledText:
    """Accumulates text and its emphasis runs; a run continues while the style does.

    ``join_gap`` is how many unstyled characters may separate two runs of the same style before they count as
    one: 0 in Word (runs abut), 1 in PDF (a space the layout put between two bold words).
    """

    def __init__(self, *, join_gap: int = 0) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.styles: list[StyleRun] = []
        self.join_gap = join_gap

    def write(self, text: str, bold: bool = False, italic: bool = False) -> None:
        if not text:
            return
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if bold or italic:
            last = self.styles[-1] if self.styles else None
            if last and last.bold == bold and last.italic == italic and start - last.end <= self.join_gap:
                self.styles[-1] = StyleRun(last.start, self.length, bold=bold, italic=italic)
            else:
                self.styles.append(StyleRun(start, self.length, bold=bold, italic=italic))

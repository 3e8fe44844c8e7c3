"""The progress report on paper: one page where the history allows.

The header and counts; what could not be read, if anything; the weeks against
the goal; the exercises done and skipped; pain as a chart and a table; the
advice KneeCoach gave; the person's own exercises. A long period goes on to
more pages, a section at a time.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from kneecoach.core.i18n import translate
from kneecoach.core.paper.advice_days import advice_intro, no_advice_text
from kneecoach.core.paper.report import PainRow, ProgressReport
from kneecoach.ui.paper.canvas import DATA, FAINT, GOAL, INK, MUTED, Canvas
from kneecoach.ui.paper.charts import pain_chart, pain_legend, week_chart

ROW = 4.1  # a table row, mm
PAIN_ROW = 3.8
PAIN_COLUMNS = 4
GAP = 4.0  # between sections


class ReportPages:
    def __init__(self, canvas: Canvas, report: ProgressReport) -> None:
        self.canvas = canvas
        self.report = report
        self.width = canvas.right - canvas.left
        self.y = canvas.left

    def room(self, height: float) -> None:
        """Go on to the next page unless `height` mm still fit on this one."""
        if not self.canvas.fits(self.y, height):
            self.footer()
            self.y = self.canvas.new_page()

    def footer(self) -> None:
        self.canvas.footer(
            translate("Paper", "{title} · {period} · page {page}").format(
                title=self.report.title, period=self.report.period, page=self.canvas.page_number
            )
        )

    def heading(self, text: str, after: float = 0.0) -> None:
        self.room(8 + after)
        self.y += self.canvas.text(
            self.canvas.left, self.y, self.width, text, self.canvas.font(11, bold=True)
        )
        self.y += 1.2

    def paragraph(self, text: str, points: float = 9.0, colour=INK) -> None:  # type: ignore[no-untyped-def]
        font = self.canvas.font(points)
        self.room(self.canvas.measure(text, self.width, font))
        self.y += self.canvas.text(self.canvas.left, self.y, self.width, text, font, colour)

    # --- the sections ------------------------------------------------------------------
    def header(self) -> None:
        canvas, report = self.canvas, self.report
        title, period = canvas.font(17, bold=True), canvas.font(11)
        self.y += canvas.text(canvas.left, self.y, self.width, report.title, title)
        self.y += canvas.text(canvas.left, self.y + 0.5, self.width, report.period, period, MUTED)
        self.y += canvas.text(
            canvas.left, self.y + 0.5, self.width, report.made_on, canvas.font(8), MUTED
        )
        self.y += 2
        self.paragraph("  ·  ".join(report.summary), 9.5)
        for line in report.left_out:
            self.y += 1
            self.paragraph(translate("Paper", "Left out: {what}").format(what=line), 9, GOAL)
        self.y += GAP

    def weeks(self) -> None:
        report = self.report
        self.heading(translate("Paper", "Days practised each week"), 40)
        week_chart(
            self.canvas,
            self.canvas.left,
            self.y + 3,
            self.width,
            31,
            report.weeks,
            report.weekly_goal,
        )
        self.y += 35
        goal = report.weekly_goal  # lupdate reads a count only from a plain name
        legend = translate("Paper", "Dashed line: the weekly goal of %n day(s).", None, goal)
        if report.weeks and report.weeks[-1].so_far:
            legend += " " + translate("Paper", "The last, lighter bar is the week under way.")
        self.paragraph(legend, 7.5, MUTED)
        self.y += GAP

    def exercises(self) -> None:
        rows = self.report.exercises
        self.heading(translate("Paper", "Exercises done and skipped"), ROW * 2)
        if not rows:
            self.paragraph(translate("Paper", "No exercise was done in this period."), 9, MUTED)
            self.y += GAP
            return
        columns = (0.0, 0.40, 0.74, 0.87)  # name, dosage as set, done, skipped
        head = (
            translate("Paper", "Exercise"),
            translate("Paper", "Dosage as set now"),
            translate("Paper", "Done"),
            translate("Paper", "Skipped"),
        )
        self._table_row(columns, head, bold=True)
        for row in rows:
            name = translate("Paper", "{name} (own)").format(name=row.name) if row.own else row.name
            self._table_row(columns, (name, row.dosage or "—", str(row.done), str(row.skipped)))
        self.y += GAP

    def _table_row(
        self, columns: Sequence[float], cells: Sequence[str], bold: bool = False
    ) -> None:
        self.room(ROW)
        canvas, font = self.canvas, self.canvas.font(8.5 if bold else 9, bold)
        edges = [*columns, 1.0]
        for index, cell in enumerate(cells):
            left = canvas.left + self.width * edges[index]
            right = canvas.left + self.width * edges[index + 1] - 2
            align = Qt.AlignmentFlag.AlignRight if index >= 2 else Qt.AlignmentFlag.AlignLeft
            canvas.text(left, self.y + 0.5, right - left, cell, font, MUTED if bold else INK, align)
        self.y += ROW
        canvas.line(canvas.left, self.y, canvas.right, self.y, FAINT)

    def pain(self) -> None:
        canvas, report = self.canvas, self.report
        self.heading(translate("Paper", "Pain check-ins (0 = no pain, 10 = worst imaginable)"), 44)
        if not report.pain:
            self.paragraph(
                translate("Paper", "No pain check-in was given in this period."), 9, MUTED
            )
            self.y += GAP
            return
        pain_legend(canvas, canvas.left + 7, self.y)
        pain_chart(
            canvas, canvas.left, self.y + 5, self.width, 30, report.pain, report.first, report.last
        )
        self.y += 38
        self._pain_table(report.pain)
        self.y += GAP

    def _pain_table(self, rows: Sequence[PainRow]) -> None:
        canvas = self.canvas
        head = (
            translate("Paper", "Session"),
            translate("Paper", "Before"),
            translate("Paper", "After"),
        )
        fonts = canvas.font(7, bold=True), canvas.font(7.5)
        number = max(9.0, *(canvas.text_width(word, fonts[0]) + 2 for word in head[1:]))
        # As many columns as fit with each date on one line: a wrapped date would run
        # into the row below it (German dates and headings are longer).
        widest = max((canvas.text_width(row.when, fonts[1]) for row in rows), default=0.0)
        columns = max(1, min(PAIN_COLUMNS, int(self.width // (widest + 2 * number + 5))))
        column = self.width / columns
        remaining = list(rows)
        while remaining:
            self.room(PAIN_ROW * 3)
            fit = max(1, int((canvas.bottom - 6 - self.y) // PAIN_ROW) - 1)
            per_column = min(fit, -(-len(remaining) // columns))
            for index in range(columns):
                chunk = remaining[index * per_column : (index + 1) * per_column]
                if chunk:
                    x = canvas.left + index * column
                    self._pain_column(x, column - 3, number, fonts, head, chunk)
            remaining = remaining[per_column * columns :]
            self.y += PAIN_ROW * (per_column + 1)

    def _pain_column(
        self,
        x: float,
        width: float,
        number: float,
        fonts: tuple[QFont, QFont],
        head: Sequence[str],
        rows: Sequence[PainRow],
    ) -> None:
        """One column of the pain table: `number` mm for each value, in `fonts` (bold, plain)."""
        canvas = self.canvas
        bold, plain = fonts
        right = Qt.AlignmentFlag.AlignRight
        canvas.text(x, self.y, width - 2 * number, head[0], bold, MUTED)
        canvas.text(x + width - 2 * number, self.y, number, head[1], bold, MUTED, right)
        canvas.text(x + width - number, self.y, number, head[2], bold, MUTED, right)
        y = self.y + PAIN_ROW
        for row in rows:
            canvas.text(x, y, width - 2 * number, row.when, plain)
            for offset, value in ((2, row.before), (1, row.after)):
                shown = "–" if value is None else str(value)
                canvas.text(x + width - offset * number, y, number, shown, plain, DATA, right)
            y += PAIN_ROW

    def advice(self) -> None:
        spells = self.report.advice
        self.heading(translate("Paper", "Advice to see a professional"), ROW * 2)
        if not spells:
            self.paragraph(no_advice_text(), 9)
        else:
            self.paragraph(advice_intro(), 9)
            for spell in spells:
                self.paragraph(f"•  {spell.when}: {spell.title}", 9)
        self.y += GAP

    def own(self) -> None:
        if not self.report.own:
            return
        self.heading(translate("Paper", "Own exercises"), ROW * 2)
        for exercise in self.report.own:
            self.paragraph(f"{exercise.name} — {exercise.dosage}", 9)
            if exercise.steps:
                self.paragraph(" ".join(exercise.steps), 8.5, MUTED)
        self.y += GAP


def paint_report(canvas: Canvas, report: ProgressReport) -> None:
    pages = ReportPages(canvas, report)
    pages.header()
    pages.weeks()
    pages.exercises()
    pages.pain()
    pages.advice()
    pages.own()
    pages.paragraph(report.rule, 7.5, MUTED)
    pages.footer()
    canvas.finish()

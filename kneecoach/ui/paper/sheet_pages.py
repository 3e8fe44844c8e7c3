"""The programme sheet on paper: a header, the safety lines, then one block per exercise.

Each block: the number and name, the dosage, a tick box per weekday; the pictures
in a row, start before hold, right side before left; the steps, numbered; what to
have ready. A block never breaks across pages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from kneecoach.core.i18n import translate
from kneecoach.core.paper.sheet import ProgrammeSheet, SheetExercise
from kneecoach.ui.paper.canvas import DATA, FAINT, INK, MUTED, RULE, Canvas
from kneecoach.ui.paper.pictures import paint_picture

PICTURE_WIDTH = 27.0  # mm: two pictures a row, the steps beside them
PICTURE_GAP = 3.0
CAPTION = 4.2  # mm under each picture
HEADING = 10.5  # mm: the name, the dosage and the tick boxes
ART_RATIO = 0.75  # the drawings' height to width
BOX = 4.2  # a tick box's side, mm
BOX_GAP = 1.6
STEP_INDENT = 5.0


def paint_sheet(canvas: Canvas, sheet: ProgrammeSheet) -> None:
    y = _header(canvas, sheet)
    for exercise in sheet.exercises:
        height = _block_height(canvas, exercise)
        if not canvas.fits(y, height):
            _footer(canvas, sheet)
            y = _continued(canvas, sheet, canvas.new_page())
        y = _block(canvas, exercise, sheet.weekdays, y) + 3
    _footer(canvas, sheet)
    canvas.finish()


def _footer(canvas: Canvas, sheet: ProgrammeSheet) -> None:
    canvas.footer(
        translate("Paper", "{routine} · page {page}").format(
            routine=sheet.routine, page=canvas.page_number
        )
    )


def _header(canvas: Canvas, sheet: ProgrammeSheet) -> float:
    left, width = canvas.left, canvas.right - canvas.left
    y = canvas.left
    y += canvas.text(left, y, width, sheet.title, canvas.font(18, bold=True))
    line = f"{sheet.routine} · {sheet.length}"
    y += canvas.text(left, y + 0.5, width, line, canvas.font(11), MUTED) + 0.5
    y += canvas.text(left, y, width, sheet.made_on, canvas.font(8), MUTED)
    y += 3
    return _safety(canvas, sheet, y) + 3


def _safety(canvas: Canvas, sheet: ProgrammeSheet, top: float) -> float:
    """The safety lines in a ruled box, with the tick boxes explained under them."""
    left, width = canvas.left, canvas.right - canvas.left
    body = canvas.font(9.5)
    y = top + 2.5
    y += canvas.text(left + 3, y, width - 6, sheet.safety_heading, canvas.font(10.5, bold=True))
    y += 1
    for line in sheet.safety:
        canvas.text(left + 3, y, 4, "•", body)
        y += canvas.text(left + 3 + STEP_INDENT, y, width - 6 - STEP_INDENT, line, body) + 0.6
    y += 1.8
    canvas.painter.setPen(canvas.pen(RULE, 0.35))
    canvas.painter.setBrush(Qt.BrushStyle.NoBrush)
    canvas.painter.drawRoundedRect(
        canvas.rect(left, top, width, y - top), canvas.px(2), canvas.px(2)
    )
    y += 2
    y += canvas.text(left, y, width, sheet.tick_hint, canvas.font(8.5), MUTED)
    return y


def _continued(canvas: Canvas, sheet: ProgrammeSheet, y: float) -> float:
    font = canvas.font(9, bold=True)
    y += canvas.text(
        canvas.left, y, canvas.right - canvas.left, f"{sheet.title} · {sheet.routine}", font, MUTED
    )
    return y + 3


def _fonts(canvas: Canvas) -> tuple[QFont, QFont, QFont]:
    """Name, dosage, steps."""
    return canvas.font(12.5, bold=True), canvas.font(11, bold=True), canvas.font(9.5)


def _ticks_width(days: int) -> float:
    return days * (BOX + BOX_GAP) - BOX_GAP


def _grid_height(count: int) -> float:
    rows = -(-count // 2)
    return rows * (PICTURE_WIDTH * ART_RATIO + CAPTION) - 1


def _steps_left(canvas: Canvas) -> float:
    return canvas.left + 2 * PICTURE_WIDTH + PICTURE_GAP + 5


def _steps_height(canvas: Canvas, exercise: SheetExercise) -> float:
    _name, dosage, step = _fonts(canvas)
    width = canvas.right - _steps_left(canvas)
    height = canvas.measure(exercise.dosage, width, dosage) + 1.2
    for line in exercise.steps:
        height += canvas.measure(line, width - STEP_INDENT, step) + 1.0
    for line in exercise.setup:
        height += canvas.measure(line, width, step) + 0.6
    return height


def _block_height(canvas: Canvas, exercise: SheetExercise) -> float:
    body = max(_grid_height(len(exercise.pictures)), _steps_height(canvas, exercise))
    return HEADING + body + 2


def _block(canvas: Canvas, exercise: SheetExercise, weekdays: tuple[str, ...], top: float) -> float:
    name_font, dosage_font, step_font = _fonts(canvas)
    left, width = canvas.left, canvas.right - canvas.left
    canvas.line(left, top, canvas.right, top, RULE, 0.3)
    y = top + 2
    ticks = _ticks_width(len(weekdays))
    title = f"{exercise.number}  {exercise.name}"
    canvas.text(left, y + 1, width - ticks - 4, title, name_font)
    _ticks(canvas, weekdays, canvas.right - ticks, y - 0.5)
    y = top + HEADING
    bottom = _pictures(canvas, exercise, y)
    x = _steps_left(canvas)
    width = canvas.right - x
    y += canvas.text(x, y, width, exercise.dosage, dosage_font, DATA) + 1.2
    for number, line in enumerate(exercise.steps, 1):
        canvas.text(x, y, STEP_INDENT, f"{number}.", step_font, MUTED)
        y += canvas.text(x + STEP_INDENT, y, width - STEP_INDENT, line, step_font) + 1.0
    for line in exercise.setup:
        y += canvas.text(x, y, width, line, step_font, MUTED) + 0.6
    return max(y, bottom)


def _ticks(canvas: Canvas, weekdays: tuple[str, ...], x: float, y: float) -> None:
    small = canvas.font(6.5)
    for day in weekdays:
        canvas.text(x - 1, y, BOX + 2, day, small, MUTED, Qt.AlignmentFlag.AlignHCenter)
        canvas.box(x, y + 3.6, BOX, INK)
        x += BOX + BOX_GAP


def _pictures(canvas: Canvas, exercise: SheetExercise, top: float) -> float:
    """Two a row: start then hold, the right side's row over the left side's."""
    height = PICTURE_WIDTH * ART_RATIO
    caption_font = canvas.font(7)
    centre = Qt.AlignmentFlag.AlignHCenter
    for index, picture in enumerate(exercise.pictures):
        x = canvas.left + (index % 2) * (PICTURE_WIDTH + PICTURE_GAP)
        y = top + (index // 2) * (height + CAPTION)
        frame = canvas.rect(x, y, PICTURE_WIDTH, height)
        canvas.painter.setPen(canvas.pen(FAINT, 0.25))
        canvas.painter.setBrush(Qt.BrushStyle.NoBrush)
        canvas.painter.drawRoundedRect(frame, canvas.px(1.5), canvas.px(1.5))
        inner = canvas.rect(x + 0.8, y + 0.8, PICTURE_WIDTH - 1.6, height - 1.6)
        paint_picture(canvas.painter, picture, inner)
        if picture.caption:
            caption = picture.caption
            canvas.text(x, y + height + 0.4, PICTURE_WIDTH, caption, caption_font, MUTED, centre)
    return top + _grid_height(len(exercise.pictures))

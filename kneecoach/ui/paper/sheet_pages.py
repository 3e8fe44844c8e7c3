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

PICTURE_WIDTH = 38.0  # mm: four pictures in a row on A4 or Letter
PICTURE_GAP = 4.0
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
    canvas.text(
        left, y + 1.5, width, sheet.made_on, canvas.font(8), MUTED, Qt.AlignmentFlag.AlignRight
    )
    y += canvas.text(left, y, width * 0.7, sheet.title, canvas.font(18, bold=True))
    y += canvas.text(
        left, y + 0.5, width, f"{sheet.routine} · {sheet.length}", canvas.font(11), MUTED
    )
    y += 4
    return _safety(canvas, sheet, y) + 2


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


def _fonts(canvas: Canvas) -> tuple[QFont, QFont, QFont, QFont]:
    """Name, dosage, steps, captions."""
    return (
        canvas.font(12.5, bold=True),
        canvas.font(11, bold=True),
        canvas.font(9.5),
        canvas.font(7.5),
    )


def _ticks_width(days: int) -> float:
    return days * (BOX + BOX_GAP) - BOX_GAP


def _text_width(canvas: Canvas) -> float:
    return canvas.right - canvas.left


def _block_height(canvas: Canvas, exercise: SheetExercise) -> float:
    name, dosage, step, caption = _fonts(canvas)
    width = _text_width(canvas)
    height = 11.0 + PICTURE_WIDTH * ART_RATIO + 5
    for line in exercise.steps:
        height += canvas.measure(line, width - STEP_INDENT, step) + 0.8
    for line in exercise.setup:
        height += canvas.measure(line, width, step) + 0.6
    return height + 2


def _block(canvas: Canvas, exercise: SheetExercise, weekdays: tuple[str, ...], top: float) -> float:
    name_font, dosage_font, step_font, caption_font = _fonts(canvas)
    left, width = canvas.left, _text_width(canvas)
    canvas.line(left, top, canvas.right, top, RULE, 0.3)
    y = top + 2
    ticks = _ticks_width(len(weekdays))
    title = f"{exercise.number}  {exercise.name}"
    name_height = canvas.text(left, y + 1, width - ticks - 4, title, name_font)
    dosage_left = left + min(canvas.text_width(title, name_font) + 5, width - ticks - 60)
    canvas.text(
        dosage_left,
        y + 1.5,
        width - ticks - (dosage_left - left) - 4,
        exercise.dosage,
        dosage_font,
        DATA,
    )
    _ticks(canvas, weekdays, canvas.right - ticks, y - 0.5)
    y += max(name_height, 9.0) + 2
    y = _pictures(canvas, exercise, y)
    for number, line in enumerate(exercise.steps, 1):
        canvas.text(left, y, STEP_INDENT, f"{number}.", step_font, MUTED)
        y += canvas.text(left + STEP_INDENT, y, width - STEP_INDENT, line, step_font) + 0.8
    for line in exercise.setup:
        y += canvas.text(left, y, width, line, step_font, MUTED) + 0.6
    return y


def _ticks(canvas: Canvas, weekdays: tuple[str, ...], x: float, y: float) -> None:
    small = canvas.font(6.5)
    for day in weekdays:
        canvas.text(x - 1, y, BOX + 2, day, small, MUTED, Qt.AlignmentFlag.AlignHCenter)
        canvas.box(x, y + 3.6, BOX, INK)
        x += BOX + BOX_GAP


def _pictures(canvas: Canvas, exercise: SheetExercise, top: float) -> float:
    height = PICTURE_WIDTH * ART_RATIO
    caption_font = canvas.font(7.5)
    x = canvas.left
    for picture in exercise.pictures:
        frame = canvas.rect(x, top, PICTURE_WIDTH, height)
        canvas.painter.setPen(canvas.pen(FAINT, 0.25))
        canvas.painter.setBrush(Qt.BrushStyle.NoBrush)
        canvas.painter.drawRoundedRect(frame, canvas.px(1.5), canvas.px(1.5))
        paint_picture(
            canvas.painter, picture, canvas.rect(x + 1, top + 1, PICTURE_WIDTH - 2, height - 2)
        )
        if picture.caption:
            canvas.text(
                x,
                top + height + 0.6,
                PICTURE_WIDTH,
                picture.caption,
                caption_font,
                MUTED,
                Qt.AlignmentFlag.AlignHCenter,
            )
        x += PICTURE_WIDTH + PICTURE_GAP
    return top + height + 5

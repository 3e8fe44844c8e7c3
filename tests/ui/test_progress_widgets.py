"""The practice calendar and the pain chart: geometry, input, colours and what they say."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QToolTip

from kneecoach.ui.platform import theme
from kneecoach.ui.widgets.calendar_heatmap import CalendarHeatmap
from kneecoach.ui.widgets.pain_chart import PainChart, smooth_path

TODAY = date(2026, 11, 24)  # a Tuesday
MONDAY = date(2026, 11, 23)


def palette_for(colours: theme.Colours) -> QPalette:
    """The palette the app's theme sets."""
    return theme.build_palette(colours)


THEMES = pytest.mark.parametrize("colours", [theme.LIGHT, theme.DARK], ids=["light", "dark"])


def pixel(image: QImage, point: QPoint | QPointF) -> QColor:
    point = point.toPoint() if isinstance(point, QPointF) else point
    return image.pixelColor(point)


def same(a: QColor, b: QColor) -> bool:
    return a.rgb() == b.rgb()


@pytest.fixture
def heatmap(qtbot, no_qt_warnings):
    widget = CalendarHeatmap()
    qtbot.addWidget(widget)
    counts = {TODAY: 2, TODAY - timedelta(days=1): 1, TODAY - timedelta(days=7): 3}
    widget.set_data(counts, TODAY, weeks=26)
    widget.resize(widget.sizeHint())
    return widget


@pytest.fixture
def chart(qtbot, no_qt_warnings):
    widget = PainChart()
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    return widget


# -- calendar heatmap ----------------------------------------------------------------------


def test_the_calendar_shows_whole_weeks_ending_with_this_one(heatmap):
    first = heatmap.first_day()
    assert first.weekday() == 0
    assert first == MONDAY - timedelta(weeks=25)
    assert heatmap.cell_rect(first - timedelta(days=1)) is None
    assert heatmap.cell_rect(TODAY + timedelta(days=1)) is None  # the rest of this week
    assert heatmap.cell_rect(TODAY + timedelta(days=30)) is None
    assert heatmap.cell_rect(first) is not None
    assert heatmap.cell_rect(TODAY) is not None


def test_weeks_are_columns_and_days_are_rows_monday_at_the_top(heatmap):
    monday, tuesday = heatmap.cell_rect(MONDAY), heatmap.cell_rect(TODAY)
    last_week = heatmap.cell_rect(MONDAY - timedelta(days=7))
    sunday = heatmap.cell_rect(MONDAY - timedelta(days=1))
    assert monday.left() == tuesday.left() and tuesday.top() > monday.top()
    assert last_week.top() == monday.top() and last_week.left() < monday.left()
    assert sunday.left() == last_week.left() and sunday.top() > heatmap.cell_rect(TODAY).top()


def test_cells_are_large_squares_that_fit_the_minimum_size(heatmap):
    heatmap.resize(heatmap.minimumSizeHint())
    bounds = heatmap.rect()
    day = heatmap.first_day()
    rects: list[QRect] = []
    while day <= TODAY:
        rect = heatmap.cell_rect(day)
        assert rect.width() == rect.height() >= 18
        assert bounds.contains(rect)
        rects.append(rect)
        day += timedelta(days=1)
    # Cells never touch: there is a gap between neighbours.
    assert not any(a.adjusted(-1, -1, 1, 1).intersects(b) for a, b in pairwise(rects))


def test_cells_grow_when_given_more_room(heatmap):
    small = heatmap.cell_rect(TODAY).width()
    width = heatmap.sizeHint().width() * 2
    heatmap.resize(width, heatmap.heightForWidth(width))
    assert heatmap.cell_rect(TODAY).width() > small


def test_clicking_a_day_emits_it_and_selects_it(heatmap, qtbot):
    day = TODAY - timedelta(days=40)
    with qtbot.waitSignal(heatmap.day_clicked, timeout=1000) as signal:
        qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=heatmap.cell_rect(day).center())
    assert signal.args == [day]
    assert heatmap.selected_day() == day


def test_clicking_between_cells_or_on_labels_emits_nothing(heatmap, qtbot):
    rect = heatmap.cell_rect(TODAY - timedelta(days=7))
    gap = QPoint(rect.right() + 3, rect.center().y())
    with qtbot.assertNotEmitted(heatmap.day_clicked):
        qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=gap)
        qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert heatmap.selected_day() == TODAY


def test_pressing_on_one_day_and_letting_go_on_another_is_not_a_click(heatmap, qtbot):
    pressed = heatmap.cell_rect(TODAY - timedelta(days=14)).center()
    released = heatmap.cell_rect(TODAY - timedelta(days=21)).center()
    with qtbot.assertNotEmitted(heatmap.day_clicked):
        qtbot.mousePress(heatmap, Qt.MouseButton.LeftButton, pos=pressed)
        qtbot.mouseRelease(heatmap, Qt.MouseButton.LeftButton, pos=released)


def test_arrow_keys_move_the_selection_and_enter_emits_it(heatmap, qtbot):
    assert heatmap.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert heatmap.selected_day() == TODAY
    qtbot.keyClick(heatmap, Qt.Key.Key_Left)  # a week back
    assert heatmap.selected_day() == TODAY - timedelta(days=7)
    qtbot.keyClick(heatmap, Qt.Key.Key_Up)  # a day back
    assert heatmap.selected_day() == TODAY - timedelta(days=8)
    qtbot.keyClick(heatmap, Qt.Key.Key_Down)
    qtbot.keyClick(heatmap, Qt.Key.Key_Down)
    assert heatmap.selected_day() == TODAY - timedelta(days=6)
    with qtbot.waitSignal(heatmap.day_clicked, timeout=1000) as signal:
        qtbot.keyClick(heatmap, Qt.Key.Key_Return)
    assert signal.args == [TODAY - timedelta(days=6)]
    with qtbot.waitSignal(heatmap.day_clicked, timeout=1000) as signal:
        qtbot.keyClick(heatmap, Qt.Key.Key_Space)
    assert signal.args == [TODAY - timedelta(days=6)]


def test_the_selection_stops_at_today_and_at_the_first_day(heatmap, qtbot):
    qtbot.keyClick(heatmap, Qt.Key.Key_Right)
    qtbot.keyClick(heatmap, Qt.Key.Key_Down)
    assert heatmap.selected_day() == TODAY
    for _ in range(24):
        qtbot.keyClick(heatmap, Qt.Key.Key_Left)
    assert heatmap.selected_day() == heatmap.first_day() + timedelta(days=8)
    qtbot.keyClick(heatmap, Qt.Key.Key_Left)
    qtbot.keyClick(heatmap, Qt.Key.Key_Left)  # would be before the first day: stops there
    assert heatmap.selected_day() == heatmap.first_day()
    qtbot.keyClick(heatmap, Qt.Key.Key_Up)
    assert heatmap.selected_day() == heatmap.first_day()
    qtbot.keyClick(heatmap, Qt.Key.Key_End)
    assert heatmap.selected_day() == TODAY
    heatmap.select_day(TODAY + timedelta(days=3))
    assert heatmap.selected_day() == TODAY


def test_describing_a_day_counts_its_sessions(heatmap):
    assert heatmap.describe_day(TODAY) == "Tuesday 24 November 2026: 2 sessions"
    assert heatmap.describe_day(TODAY - timedelta(days=1)) == "Monday 23 November 2026: 1 session"
    assert heatmap.describe_day(TODAY - timedelta(days=2)) == "Sunday 22 November 2026: no practice"


def test_hovering_a_day_shows_its_description(heatmap, qtbot):
    heatmap.show()
    qtbot.waitExposed(heatmap)
    day = TODAY - timedelta(days=7)
    pos = heatmap.cell_rect(day).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, heatmap.mapToGlobal(pos))
    heatmap.event(event)
    assert QToolTip.text() == heatmap.describe_day(day) == "Tuesday 17 November 2026: 3 sessions"
    QToolTip.hideText()


def test_screen_readers_hear_the_name_and_the_selected_day(heatmap, qtbot):
    assert heatmap.accessibleName() == "Practice calendar"
    assert heatmap.accessibleDescription() == "Selected: Tuesday 24 November 2026, 2 sessions"
    qtbot.keyClick(heatmap, Qt.Key.Key_Up)
    assert heatmap.accessibleDescription() == "Selected: Monday 23 November 2026, 1 session"
    heatmap.select_day(TODAY - timedelta(days=2))
    assert heatmap.accessibleDescription() == "Selected: Sunday 22 November 2026, no practice"
    heatmap.set_data({TODAY + timedelta(days=1): 1}, TODAY + timedelta(days=1))
    assert heatmap.accessibleDescription() == "Selected: Wednesday 25 November 2026, 1 session"


@THEMES
def test_practised_days_are_drawn_in_the_highlight_colour(heatmap, colours):
    heatmap.setPalette(palette_for(colours))
    image = heatmap.grab().toImage()
    highlight = QColor(colours.accent)
    two = pixel(image, heatmap.cell_rect(TODAY - timedelta(days=7)).center())
    one = pixel(image, heatmap.cell_rect(TODAY - timedelta(days=1)).center())
    empty = pixel(image, heatmap.cell_rect(TODAY - timedelta(days=2)).center())
    assert same(two, highlight)
    assert not same(one, highlight) and not same(empty, highlight) and not same(one, empty)
    # One session sits between none and two: closer to the highlight than an empty day.
    assert colour_distance(one, highlight) < colour_distance(empty, highlight)
    # Days still to come are not drawn at all: the background shows through.
    after = heatmap.cell_rect(TODAY).translated(0, heatmap.cell_rect(TODAY).height() + 6)
    assert same(pixel(image, after.center()), QColor(colours.window))


def colour_distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@THEMES
def test_the_focus_ring_shows_only_with_keyboard_focus(heatmap, qtbot, colours):
    heatmap.setPalette(palette_for(colours))
    day = TODAY - timedelta(days=2)  # an empty day, so the ring is not lost in its fill
    heatmap.select_day(day)
    rect = heatmap.cell_rect(day)
    ring = QPoint(rect.center().x(), rect.top() - 3)  # in the gap just above the cell
    highlight = QColor(colours.accent)
    assert not same(pixel(heatmap.grab().toImage(), ring), highlight)
    heatmap.show()
    qtbot.waitExposed(heatmap)
    heatmap.activateWindow()
    heatmap.setFocus()
    qtbot.waitUntil(heatmap.hasFocus, timeout=1000)
    assert same(pixel(heatmap.grab().toImage(), ring), highlight)


def test_an_empty_calendar_draws_without_complaint(qtbot, no_qt_warnings):
    widget = CalendarHeatmap()
    qtbot.addWidget(widget)
    widget.set_data({}, TODAY, weeks=1)
    widget.resize(widget.sizeHint())
    assert not widget.grab().toImage().isNull()
    assert widget.cell_rect(MONDAY) is not None
    assert widget.cell_rect(MONDAY - timedelta(days=1)) is None


# -- pain chart ----------------------------------------------------------------------------

START = date(2026, 9, 1)
END = date(2026, 11, 24)


def test_higher_pain_is_higher_up_and_later_days_further_right(chart):
    chart.set_data([(START, 5, 3)], [], START, END)
    zero, ten = chart.point_position(START, 0), chart.point_position(START, 10)
    assert ten.y() < chart.point_position(START, 5).y() < zero.y()
    assert zero.x() == ten.x()
    later = chart.point_position(START + timedelta(days=10), 5)
    assert chart.point_position(END, 5).x() > later.x() > zero.x()
    # The whole range stays inside the widget, clear of the edges.
    for point in (zero, ten, chart.point_position(END, 0), chart.point_position(END, 10)):
        assert chart.rect().adjusted(10, 10, -10, -10).contains(point.toPoint())


def test_readings_are_dots_after_and_rings_before(chart):
    chart.setPalette(palette_for(theme.LIGHT))
    day = START + timedelta(days=20)
    chart.set_data([(day, 7, 3)], [], START, END)  # odd values: clear of the gridlines
    image = chart.grab().toImage()
    highlight = QColor(theme.LIGHT.accent)
    assert same(pixel(image, chart.point_position(day, 3)), highlight)
    # The before reading is a hollow ring: its middle shows the background.
    middle = pixel(image, chart.point_position(day, 7))
    assert same(middle, QColor(theme.LIGHT.surface))
    radius = chart._mark_radius(chart._geometry().data)
    ring = pixel(image, chart.point_position(day, 7) + QPointF(radius - 1, 0))
    assert colour_distance(ring, middle) > 100 and not same(ring, highlight)
    # Between them, the connector joins the two readings of the same session.
    assert not same(pixel(image, chart.point_position(day, 5)), middle)


@THEMES
def test_the_chart_draws_its_points_in_either_theme(chart, colours):
    chart.setPalette(palette_for(colours))
    days = [START + timedelta(days=d) for d in range(0, 80, 3)]
    points = [(d, None, 3 + i % 4) for i, d in enumerate(days)]
    chart.set_data(points, [], START, END)
    image = chart.grab().toImage()
    highlight = QColor(colours.accent)
    for d, _before, after in points:
        assert same(pixel(image, chart.point_position(d, after)), highlight)


def test_the_weekly_average_is_drawn_in_the_text_colour(chart):
    chart.setPalette(palette_for(theme.DARK))
    mondays = [START + timedelta(days=6 + 7 * w) for w in range(10)]  # 7 Sep onwards
    chart.set_data([(START, None, 9)], [(m, 5.0) for m in mondays], START, END)
    image = chart.grab().toImage()
    middle = chart.point_position(mondays[4] + timedelta(days=3), 5.0)
    text, surface = QColor(theme.DARK.text), QColor(theme.DARK.surface)
    # Text at a little under full strength: far nearer the text than the background.
    assert colour_distance(pixel(image, middle), text) * 4 < colour_distance(
        pixel(image, middle), surface
    )
    # Well above the line is the plain background again: a thick line, not a block.
    above = chart.point_position(mondays[4] + timedelta(days=3), 7.0)
    assert same(pixel(image, above), QColor(theme.DARK.surface))


def test_an_empty_chart_asks_for_check_ins(chart):
    chart.setPalette(palette_for(theme.LIGHT))
    chart.set_data([], [], START, END)
    image = chart.grab().toImage()
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(image.height())}
    assert QColor(theme.LIGHT.accent).rgb() not in colours  # no data marks
    assert chart.accessibleDescription() == "No pain check-ins yet"


def test_the_chart_summarises_itself_for_screen_readers(chart):
    assert chart.accessibleName() == "Pain trend"
    points = [(START + timedelta(days=d), 6, 4) for d in range(0, 84, 7)]
    chart.set_data(points, [(date(2026, 11, 16), 3.46)], START, END)
    assert chart.accessibleDescription() == (
        "12 check-ins from 1 Sep to 17 Nov 2026; latest weekly average 3.5"
    )
    chart.set_data([(END, None, None), (date(2025, 12, 30), None, 2)], [], date(2025, 12, 1), END)
    assert chart.accessibleDescription() == "1 check-in on 30 Dec 2025"


@pytest.mark.parametrize("width", [320, 480, 640, 1000])
@pytest.mark.parametrize("span", [0, 1, 6, 13, 30, 59, 61, 90, 200, 365, 730])
def test_axis_labels_never_overlap_or_leave_the_widget(chart, width, span):
    chart.resize(width, 280)
    chart.set_data([(END, 3, 2)], [], END - timedelta(days=span), END)
    metrics = QFontMetrics(chart.font())
    data = chart._geometry().data
    labels = chart._x_labels(data, metrics)
    assert labels, "the time axis needs at least one label"
    boxes = [
        (x - metrics.horizontalAdvance(t) / 2, x + metrics.horizontalAdvance(t) / 2)
        for _, x, t in labels
    ]
    assert all(left >= 0 and right <= width for left, right in boxes)
    assert all(a[1] < b[0] for a, b in pairwise(boxes))


def test_a_long_range_is_labelled_by_month(chart):
    chart.set_data([(END, 3, 2)], [], date(2025, 11, 25), END)
    texts = [t for _, _, t in chart._x_labels(chart._geometry().data, QFontMetrics(chart.font()))]
    assert {"Jan", "Apr", "Jul"} <= set(texts)


def test_a_few_weeks_are_labelled_by_day_on_mondays(chart):
    start = date(2026, 10, 14)
    chart.set_data([(END, 3, 2)], [], start, END)
    texts = [t for _, _, t in chart._x_labels(chart._geometry().data, QFontMetrics(chart.font()))]
    assert texts == ["19 Oct", "26 Oct", "2 Nov", "9 Nov", "16 Nov", "23 Nov"]


def test_the_small_chart_still_labels_the_pain_scale_legibly(chart):
    chart.resize(chart.minimumSizeHint())
    chart.set_data([(END, 3, 2)], [], START, END)
    geometry = chart._geometry()
    assert geometry.grid[0] == 0 and geometry.grid[-1] == 10
    line_h = QFontMetrics(chart.font()).height()
    ys = [chart.point_position(END, v).y() for v in geometry.grid]
    assert all(a - b >= line_h for a, b in pairwise(ys))
    assert not chart.grab().toImage().isNull()


def test_the_average_curve_never_overshoots_the_readings():
    points = [QPointF(x * 10.0, y) for x, y in enumerate([50, 50, 10, 90, 90, 40, 40, 60])]
    path = smooth_path(points)
    for i in range(201):
        y = path.pointAtPercent(i / 200).y()
        assert 10 - 0.01 <= y <= 90 + 0.01
    assert path.pointAtPercent(0) == points[0] and path.pointAtPercent(1) == points[-1]


def test_a_week_with_no_neighbours_is_still_drawn_as_a_stroke():
    path = smooth_path([QPointF(50, 20)])
    assert path.length() > 10
    assert path.boundingRect().center() == QPointF(50, 20)

"""The session view redraws only what changed, when its pixels change, and what it
leaves on screen is what a whole redraw would draw."""

import math

import pytest
from PySide6.QtGui import QImage

from kneecoach.core.cues import breath_at
from kneecoach.core.routine import StepKind
from kneecoach.ui.pages.driver import BEAT, FRAME_SECONDS, FrameTimer
from kneecoach.ui.widgets.breathing import BreathingPacer
from kneecoach.ui.widgets.countdown import MOST_PER_SECOND, STEP_PIXELS, CountdownRing
from tests.ui.conftest import DORSIFLEXION_READY, advance


def recording(widget):
    """Note the rectangles every paint event of `widget` covers."""
    areas = []
    paint = widget.paintEvent

    def recording_paint(event):
        areas.extend(event.region())
        paint(event)

    widget.paintEvent = recording_paint
    return areas


def shown(qtbot, widget, width, height):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def differing(a: QImage, b: QImage) -> int:
    """How many pixels differ clearly between `a` and `b`."""
    count = 0
    for x in range(a.width()):
        for y in range(a.height()):
            one, other = a.pixelColor(x, y), b.pixelColor(x, y)
            count += (
                abs(one.red() - other.red())
                + abs(one.green() - other.green())
                + abs(one.blue() - other.blue())
                > 60
            )
    return count


def on_screen(widget) -> QImage:
    return widget.screen().grabWindow(widget.winId()).toImage()


@pytest.mark.parametrize("size", [240, 600])  # under thirty pixels a second, and over
def test_the_ring_redraws_a_step_of_arc_at_a_time_and_the_number_once(qapp, qtbot, size):
    ring = shown(qtbot, CountdownRing(), size, size)
    duration = 30.0
    ring.set_state("30", "seconds", 0.5 / duration, 1 / duration)
    qapp.processEvents()
    areas = recording(ring)
    elapsed, wakes = 0.5, 0
    while elapsed < 1.5:  # a second of the hold, woken when the ring asks
        wait = ring.set_state(
            str(math.ceil(duration - elapsed)), "seconds", elapsed / duration, 1 / duration
        )
        qapp.processEvents()
        elapsed += wait
        wakes += 1
    circumference = math.pi * ring._square().width() * ring.devicePixelRatioF()
    pixels_a_second = circumference / duration
    # A wake for each step the arc moves (at most thirty a second), not 25 or 60 a
    # second whatever it does.
    expected = min(pixels_a_second / STEP_PIXELS, MOST_PER_SECOND)
    assert expected - 2 <= wakes <= expected + 2
    whole = ring.width() * ring.height()
    small = [a for a in areas if a.width() * a.height() < whole / 50]
    assert len(small) >= len(areas) - 1  # the arc's end; the new number once
    # Redrawn whole at each wake, that would be sixty times the ring: half of it at most.
    assert sum(a.width() * a.height() for a in areas) < whole / 2
    fresh = shown(qtbot, CountdownRing(), size, size)
    fresh.set_state(ring.text, ring.caption, ring.fraction)
    qapp.processEvents()
    assert differing(on_screen(ring), fresh.grab().toImage()) == 0


def test_the_ring_at_rest_asks_for_no_wake_and_a_jump_is_drawn_whole(qapp, qtbot):
    ring = shown(qtbot, CountdownRing(), 400, 300)
    assert ring.set_state("5", "seconds", 0.5) == math.inf  # paused: nothing will move
    qapp.processEvents()
    areas = recording(ring)
    ring.set_state("5", "seconds", 0.5 + 0.8 * STEP_PIXELS / ring._arc_pixels(1), 0.1)
    qapp.processEvents()
    assert areas == []  # less than a step: not worth a redraw
    ring.set_state("9", "seconds", 0.0, 0.1)  # a new step: the arc is full again
    qapp.processEvents()
    assert [(a.width(), a.height()) for a in areas] == [(400, 300)]
    fresh = shown(qtbot, CountdownRing(), 400, 300)
    fresh.set_state("9", "seconds", 0.0)
    qapp.processEvents()
    assert differing(on_screen(ring), fresh.grab().toImage()) == 0


def test_the_breathing_pacer_redraws_its_circle_as_it_swells(qapp, qtbot):
    pacer = shown(qtbot, BreathingPacer(), 500, 100)
    pacer.show_breath(0.5)
    qapp.processEvents()
    areas = recording(pacer)
    moment, wakes = 0.5, 0
    while moment < 1.5:  # a second of breathing in
        moment += pacer.show_breath(moment)
        qapp.processEvents()
        wakes += 1
    assert 3 <= wakes <= 40 and len(areas) <= wakes
    assert all(a.width() <= pacer.height() + 8 for a in areas)  # the circle, not the words
    words, fullness = breath_at(moment)
    assert (pacer.words, abs(pacer.fullness - fullness) < 0.05) == (words, True)
    fresh = shown(qtbot, BreathingPacer(), 500, 100)
    fresh.show_breath(0.0)
    fresh.fullness = pacer.fullness
    qapp.processEvents()
    assert differing(on_screen(pacer), fresh.grab().toImage()) == 0


def test_the_frame_timer_sleeps_until_the_soonest_change(qapp):
    timer = FrameTimer(lambda: None)
    timer.plan("ring", 10.0, 0.2)
    timer.plan("figure", 10.0, 0.05)
    timer.sleep(10.0)
    # On the first beat at or after its change, never before it.
    assert timer.is_active() and timer.wait == pytest.approx(2 * BEAT)
    assert timer.is_due("figure", 10.0 + 2 * BEAT - FRAME_SECONDS / 4)  # close enough
    assert not timer.is_due("ring", 10.0 + 2 * BEAT)
    timer.plan("figure", 10.05, math.inf)
    timer.plan("ring", 10.05, math.inf)
    timer.sleep(10.05)
    assert not timer.is_active()  # nothing will change: no wake at all
    timer.plan("ring", 11.0, 0.001)
    timer.sleep(11.0)
    assert timer.wait == pytest.approx(BEAT)  # never more often than the beat
    timer.forget()
    assert timer.is_due("ring", 0.0)


def test_parts_slower_than_the_beat_share_their_wakes(qapp):
    """The ring, the breath and a slow figure each change a few times a second, at
    moments of their own: on even beats, they are drawn on the same wakes."""
    timer = FrameTimer(lambda: None)
    moment, wakes, drawn = 0.0, 0, 0
    waits = {"ring": 0.043, "pacer": 0.12, "figure": 0.07}  # seconds between changes
    for part, wait in waits.items():
        timer.plan(part, moment, wait)
    while moment < 3.0:
        timer.sleep(moment)
        moment += timer.wait
        wakes += 1
        assert round(moment / BEAT) % 2 == 0  # every wake on an even beat
        for part, wait in waits.items():
            if timer.is_due(part, moment):
                timer.plan(part, moment, wait)
                drawn += 1
    assert wakes <= 3.0 * 15 + 1  # as often as the fastest of them, no more
    assert drawn > wakes * 1.5  # most wakes draw more than one part
    timer.plan("figure", moment, 0.02)  # faster than the beat: on the next one, odd or even
    timer.sleep(moment)
    assert timer.wait == pytest.approx(BEAT)


def test_a_second_of_a_hold_redraws_only_the_ring_s_arc_and_number(running, clock, qapp):
    """On the fake clock, woken when the view asks: the countdown is redrawn around
    its arc's end, a pixel at a time, and its number once; never whole every tick."""
    _, window = running
    view = window.run.view
    window.run.driver.skip()  # to the dorsiflexion stretch
    advance(window, clock, DORSIFLEXION_READY + 10)  # ten seconds into the hold, at rest
    step = view.driver.session.snapshot().step
    assert step.kind is StepKind.HOLD
    view._animate()
    qapp.processEvents()
    ring_areas, figure_areas = recording(view.ring), recording(view.picture)
    page_areas = recording(view)  # what lies behind them
    passed = wakes = 0.0
    while passed < 1.0:
        wait = view._frame_timer.wait
        clock.advance(wait)
        passed += wait
        wakes += 1
        view._animate()
        view.driver.tick()  # the countdown's whole seconds, as the driver's own timer does
        qapp.processEvents()
    whole = view.ring.width() * view.ring.height()
    circumference = math.pi * view.ring._square().width()
    assert ring_areas and wakes <= circumference / step.duration + 15
    large = [a for a in ring_areas if a.width() * a.height() >= whole / 20]
    assert len(large) <= 1  # the new number, once; else the arc's end
    assert sum(a.width() * a.height() for a in ring_areas) < whole
    assert len(figure_areas) < 15  # the breath moves the figure a little, now and then
    assert page_areas == []  # the ring and the figure paint their own background

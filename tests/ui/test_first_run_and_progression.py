"""The welcome on a first run, and the offer of longer holds once practice is regular."""

import tomllib

from PySide6.QtCore import QModelIndex, QTime

from tests.fakes import practised
from tests.ui.conftest import advance, seed
from tests.ui.test_own_routines_and_exercises import listed, open_routines
from tests.ui.test_tray_and_reminders import banners_titled, press


def test_the_welcome_explains_the_routine_and_sets_the_reminder(
    first_run, make_controller, autostart, qtbot
):
    controller = make_controller()
    dialog = controller.offers.welcome_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = " ".join(w.text() for w in dialog.findChildren(type(controller.window.home.summary)))
    for words in (
        "6 gentle exercises for your ankles and hips: about 9 minutes in all.",
        "Ankle circles: 12 in each direction.",
        "5 stretches, each held for 30 seconds on each side.",
        "Go only as far as comfortably possible.",
        "Stop if the pain is sharp or getting worse.",
        "Be sure to breathe fully and steadily as you do these stretches.",
        "If your knee pain is severe or does not improve, consult an orthopedist or physical "
        "therapist",
    ):
        assert words in text
    # The welcome offers start at login itself: no banner asks again.
    assert not banners_titled(controller.window, "Start KneeCoach when you log in?")
    dialog.remind_at.setTime(QTime(8, 15))
    dialog.start_at_login.setChecked(True)
    dialog.begin_button.click()
    saved = tomllib.loads((first_run[1] / "settings.toml").read_text())
    assert saved["reminder_times"] == ["08:15"] and saved["reminders"] is True
    assert autostart.is_enabled()
    controller.close()
    assert make_controller().offers.welcome_dialog is None  # once only


def test_the_welcome_can_be_skipped_and_changes_nothing(first_run, make_controller, qtbot):
    controller = make_controller()
    dialog = controller.offers.welcome_dialog
    dialog.remind.setChecked(False)
    dialog.skip_button.click()
    assert not dialog.isVisible()
    assert not (first_run[1] / "settings.toml").exists()
    assert controller.coach.settings.reminders is True


def with_history(folders, clock, records, settings_text):
    seed(folders, clock, records)
    folders[1].mkdir(exist_ok=True)
    (folders[1] / "settings.toml").write_text("schema_version = 1\n" + settings_text)


def test_longer_holds_are_offered_after_a_week_of_practice(make_controller, folders, clock):
    with_history(folders, clock, [practised(clock, n) for n in range(1, 6)], "progression = true\n")
    controller = make_controller()
    [offer] = banners_titled(controller.window, "Ready for longer holds?")
    assert "5 of the last 7 days" in offer.notice.text
    press(offer, "Yes, 35 seconds")
    assert controller.coach.settings.hold_seconds == 35
    saved = tomllib.loads((folders[1] / "settings.toml").read_text())
    assert saved["hold_seconds"] == 35
    state = tomllib.loads((folders[0] / "state.toml").read_text())
    assert state["progression_answered"] == clock.now().date()
    window = controller.window
    assert window.home.exercise_list.item(1).text() == "Dorsiflexion stretch\nHold 35 s each side"
    window.home.start_button.click()
    holds = {s.duration for s in window.run.driver.session.steps if s.kind.name == "HOLD"}
    assert holds == {35}  # the next session holds longer
    window.stop_session_for_quit()
    controller.close()
    again = make_controller()  # answered: not asked again this week
    assert not banners_titled(again.window, "Ready for longer holds?")


def test_no_offer_unless_asked_for_and_a_step_back_when_pain_rises(make_controller, folders, clock):
    days = [practised(clock, n) for n in range(1, 6)]
    with_history(folders, clock, days, "")
    first = make_controller()
    assert not banners_titled(first.window, "Ready for longer holds?")
    first.close()

    rising = [practised(clock, n, pain=2) for n in (13, 11, 9)]
    rising += [practised(clock, n, pain=6) for n in (5, 3, 1)]
    with_history(folders, clock, rising, "progression = true\nhold_seconds = 40\n")
    controller = make_controller()
    [offer] = banners_titled(controller.window, "Ease off a little?")
    press(offer, "No, keep 40")
    assert controller.coach.settings.hold_seconds == 40
    assert not banners_titled(controller.window, "Ease off a little?")


def test_a_routine_is_reordered_by_dragging(make_controller, qtbot, clock):
    controller = make_controller()
    editor = open_routines(controller, qtbot)
    editor.routines.setCurrentRow(1)  # Ankles only, built in
    editor.copy_button.click()
    assert editor.current_plan().name == "Ankles only (copy)"
    # What a drag and drop does to the list: the row moves in its model.
    editor.items.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert [t.split(" —")[0][3:] for t in listed(editor)] == [
        "Calf stretch",
        "Ankle circles",
        "Dorsiflexion stretch",
    ]
    assert editor.current_plan().exercise_ids == (
        "calf-stretch",
        "ankle-circles",
        "dorsiflexion-stretch",
    )
    editor.buttons.accepted.emit()
    window = controller.window
    window.home.start_button.click()
    assert window.run.view.name_label.text() == "Calf stretch"
    advance(window, clock, 1)


def test_the_welcome_waits_while_kneecoach_waits_in_the_tray(
    qapp, first_run, clock, autostart, monkeypatch
):
    from kneecoach import app, opening
    from kneecoach.ui.platform.tray import TrayIcon

    monkeypatch.setattr(TrayIcon, "available", staticmethod(lambda: True))
    opened = opening.open_coach(qapp, *first_run, clock, autostart)
    assert opened is not None
    controller = app.build(qapp, *opened)
    try:
        controller.show(fullscreen=False, minimized=True)
        qapp.processEvents()
        assert not controller.shell.built and controller.offers.welcome_dialog is None
        controller.reminding.tray.open_requested.emit()
        assert controller.offers.welcome_dialog.isVisible()
    finally:
        controller.window.quitting = True
        controller.window.close()
        controller.close()

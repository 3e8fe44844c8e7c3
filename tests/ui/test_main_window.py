from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QListWidget, QWidget

from tests.fakes import practised


def test_the_window_lists_the_six_exercises_with_their_dosage(window):
    assert "KneeCoach" in window.windowTitle()
    items = [window.home.exercise_list.item(i) for i in range(window.home.exercise_list.count())]
    assert [i.text().split("\n")[0] for i in items] == [
        "Ankle circles",
        "Dorsiflexion stretch",
        "Calf stretch",
        "Knee to chest",
        "Seated twist",
        "Hip flexor stretch",
    ]
    assert items[0].text().endswith("10–15 reps each direction")
    assert all(not i.icon().isNull() for i in items)
    assert window.home.detail.name.text() == "Ankle circles"
    assert "Slowly roll your ankles" in window.home.detail.steps.text()


def test_choosing_an_exercise_with_the_keyboard_shows_its_steps(window, qtbot):
    window.home.exercise_list.setFocus()
    qtbot.keyClick(window.home.exercise_list, Qt.Key.Key_Down)
    qtbot.keyClick(window.home.exercise_list, Qt.Key.Key_Down)
    assert window.home.detail.name.text() == "Calf stretch"
    assert "3 feet from a wall" in window.home.detail.steps.text()
    assert not window.home.detail.picture.pixmap().isNull()


def test_every_control_has_an_accessible_name(window):
    interactive = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QListWidget) and w.isVisibleTo(window)
    ]
    assert interactive
    assert [w for w in interactive if not w.accessibleName()] == []


def test_today_and_the_streak_come_from_history(make_controller, clock):
    controller = make_controller()
    window = controller.window
    assert window.home.today_label.text() == "Today: not done yet"
    assert window.home.streak_label.text() == "Streak: 0 days"
    for days_ago in (3, 2, 1):
        controller.coach.history.add(practised(clock, days_ago))
    window.home.refresh_status()
    assert window.home.streak_label.text() == "Streak: 3 days"
    controller.coach.history.add(practised(clock, 0))
    window.home.refresh_status()
    assert window.home.today_label.text().startswith("Today: done")
    assert window.home.streak_label.text() == "Streak: 4 days"


def test_size_and_position_are_remembered(make_controller):
    first = make_controller()
    first.window.resize(760, 540)
    first.window.close()
    first.close()
    second = make_controller()
    assert (second.window.width(), second.window.height()) == (760, 540)

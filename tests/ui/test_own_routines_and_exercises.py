"""Routines and exercises of the user's own, made, run and removed through the window."""

import tomllib

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from kneecoach.core.history import Outcome
from kneecoach.core.routine import total_seconds
from kneecoach.ui.dialogs import question
from kneecoach.ui.pages.finish_view import FinishView
from tests.ui.conftest import advance


def open_routines(controller, qtbot):
    controller.window.home.routines_button.click()
    editor = controller.shell.edits.routine_editor
    qtbot.waitUntil(editor.isVisible)
    return editor


def add(editor, exercise_id):
    editor.choice.setCurrentIndex(editor.choice.findData(exercise_id))
    editor.add_button.click()


def listed(editor):
    return [editor.items.item(i).text() for i in range(editor.items.count())]


def save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_make_reorder_run_and_delete_a_routine(make_controller, clock, qtbot, folders):
    controller = make_controller()
    window = controller.window
    editor = open_routines(controller, qtbot)
    assert editor.routines.count() == 3  # the default and the two presets, all built in
    assert not editor.editing.isEnabled()  # a built-in routine is copied, not changed
    editor.new_button.click()
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Evening")
    add(editor, "calf-stretch")
    add(editor, "hip-flexor-stretch")
    assert [t.split(" —")[0] for t in listed(editor)] == [
        "1. Ankle circles",
        "2. Calf stretch",
        "3. Hip flexor stretch",
    ]
    qtbot.keyClick(editor.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.items.currentRow() == 1
    editor.items.setCurrentRow(0)
    editor.down_button.click()  # ankle circles after the hip flexor stretch
    editor.items.setCurrentRow(2)
    assert editor.dose_label.text() == "Hold for Calf stretch"
    editor.dose.setValue(40)
    assert listed(editor) == [
        "1. Hip flexor stretch — Hold 30 s each side",
        "2. Ankle circles — 12 reps each direction",
        "3. Calf stretch — Hold 40 s each side (this routine)",
    ]
    # 5 s ready each; holds 2 x 30 + 5 and 2 x 40 + 5; circles 2 x 36 + 3; 2 rests of 10 s
    assert editor.total.text() == "Total: 3 exercises · about 5 min"  # with the time to stand up
    save(editor)

    saved = tomllib.loads((folders[0] / "routines.toml").read_text())
    assert saved["chosen"] == "my-evening"
    assert saved["routine"] == [
        {
            "id": "my-evening",
            "name": "Evening",
            "exercises": [
                {"id": "hip-flexor-stretch"},
                {"id": "ankle-circles"},
                {"id": "calf-stretch", "hold_seconds": 40},
            ],
        }
    ]
    assert window.home.routine_choice.currentText() == "Evening"
    assert window.home.summary.text() == "3 exercises  ·  about 5 min"

    window.home.start_button.click()
    session = window.run.driver.session
    assert [e.id for e in session.routine.exercises] == [
        "hip-flexor-stretch",
        "ankle-circles",
        "calf-stretch",
    ]
    # Holds, circles, rests and the time to get up from the floor after the kneeling stretch.
    advance(window, clock, total_seconds(session.steps) + 1)
    assert isinstance(window.pages.currentWidget(), FinishView)
    [record] = controller.coach.history.all_records()
    assert record.routine == "my-evening"
    assert all(e.outcome is Outcome.DONE for e in record.exercises)
    window.show_home()

    # It is still there after a restart, then deleted.
    controller.close()
    controller = make_controller()
    assert controller.window.home.routine_choice.currentText() == "Evening"
    editor = open_routines(controller, qtbot)
    assert editor.current_plan().id == "my-evening"
    editor.delete_button.click()
    assert editor.routines.count() == 3
    save(editor)
    saved = tomllib.loads((folders[0] / "routines.toml").read_text())
    assert saved["routine"] == [] and saved["chosen"] == "knee-relief"
    assert controller.window.home.routine_choice.currentText() == "Knee relief — ankles & hips"


def test_a_preset_is_chosen_on_the_home_page_and_runs(make_controller, qtbot, folders):
    window = make_controller().window
    window.home.routine_choice.setCurrentIndex(window.home.routine_choice.findData("hips-only"))
    window.home.routine_choice.activated.emit(window.home.routine_choice.currentIndex())
    assert window.home.summary.text() == "3 exercises  ·  about 5 min"
    assert tomllib.loads((folders[0] / "routines.toml").read_text())["chosen"] == "hips-only"
    window.home.start_button.click()
    assert [e.joint.value for e in window.run.driver.session.routine.exercises] == ["hip"] * 3


def make_picture(path):
    image = QImage(120, 90, QImage.Format.Format_RGB32)
    image.fill(QColor("#c04020"))
    assert image.save(str(path))
    return path


def test_add_an_exercise_with_a_picture_and_run_it(
    make_controller, clock, qtbot, folders, tmp_path
):
    controller = make_controller()
    window = controller.window
    window.home.add_exercise_button.click()
    editor = controller.shell.edits.exercise_editor
    qtbot.waitUntil(editor.isVisible)
    save(editor)  # nothing typed yet: the problem is said and the editor stays
    assert editor.isVisible() and editor.problem.text() == "Give the exercise a name."
    qtbot.keyClicks(editor.name, "Bridge")
    editor.joint.setCurrentIndex(editor.joint.findData("hip"))
    editor.amount.setValue(20)
    editor.both.setChecked(False)
    save(editor)
    assert editor.problem.text() == "Write at least one step, one per line."
    editor.steps.setPlainText("Lie on your back, knees bent.\n\nLift your hips and hold.\n")
    (tmp_path / "notes.txt").write_text("not a picture")
    assert not editor.set_picture(str(tmp_path / "notes.txt"))
    assert "not a picture" in editor.problem.text()
    picture = make_picture(tmp_path / "from the physio.png")
    assert editor.set_picture(str(picture))
    save(editor)
    assert not editor.isVisible()

    saved = tomllib.loads((folders[0] / "my-exercises.toml").read_text())
    assert saved["exercise"] == [
        {
            "id": "my-bridge",
            "name": "Bridge",
            "joint": "hip",
            "kind": "hold",
            "steps": ["Lie on your back, knees bent.", "Lift your hips and hold."],
            "cautions": [],
            "hold_seconds": 20,
            "sides": ["right"],
            "picture": "pictures/my-bridge.png",
        }
    ]
    copied = folders[0] / "pictures" / "my-bridge.png"
    assert copied.read_bytes() == picture.read_bytes()
    picture.unlink()  # the copy is what is used from now on

    last = window.home.exercise_list.item(window.home.exercise_list.count() - 1)
    window.home.exercise_list.setCurrentItem(last)
    assert window.home.detail.name.text() == "Bridge"
    assert window.home.detail.edit_button.isVisibleTo(
        window
    ) and not window.home.detail.hide_button.isVisibleTo(window)
    window.home.detail.try_button.click()
    view = window.run.view
    advance(window, clock, 5)
    assert view.picture.picture == ("my-bridge", False, str(copied))
    colour = view.picture.grab().toImage().pixelColor(view.picture.rect().center())
    assert colour == QColor("#c04020")  # the user's picture, not the plain figure
    advance(window, clock, 20 + 1)
    [record] = controller.coach.history.all_records()
    assert record.routine == "single:my-bridge"
    assert [(e.id, e.outcome, e.holds) for e in record.exercises] == [
        ("my-bridge", Outcome.DONE, ("right",))
    ]
    window.show_home()

    # The user's exercise joins a routine of their own.
    editor = open_routines(controller, qtbot)
    editor.new_button.click()
    add(editor, "my-bridge")
    assert listed(editor)[-1] == "2. Bridge — Hold 20 s"
    save(editor)
    assert [e.id for e in controller.coach.library.chosen_routine().exercises] == [
        "ankle-circles",
        "my-bridge",
    ]


def test_deleting_an_exercise_of_ones_own(make_controller, qtbot, folders, tmp_path, monkeypatch):
    controller = make_controller()
    window = controller.window
    window.home.add_exercise_button.click()
    editor = controller.shell.edits.exercise_editor
    qtbot.keyClicks(editor.name, "Heel raise")
    editor.kind.setCurrentIndex(editor.kind.findData("reps"))
    editor.amount.setValue(15)
    editor.steps.setPlainText("Rise onto your toes, then lower.")
    editor.set_picture(str(make_picture(tmp_path / "heel.png")))
    save(editor)
    editor = open_routines(controller, qtbot)
    editor.new_button.click()
    add(editor, "my-heel-raise")
    save(editor)
    window.home.exercise_list.setCurrentRow(window.home.exercise_list.count() - 1)
    assert window.home.detail.dosage.text().startswith("15 reps each direction")
    asked = []
    monkeypatch.setattr(question, "ask_yes_or_no", lambda *a: asked.append(a[2]) or True)
    window.home.detail.delete_button.click()
    assert "also taken out of My routine" in asked[0]
    names = [window.home.exercise_list.item(i).text().split("\n")[0] for i in range(6)]
    assert "Heel raise" not in names and window.home.exercise_list.count() == 6
    assert not (folders[0] / "pictures" / "my-heel-raise.png").exists()
    saved = tomllib.loads((folders[0] / "my-exercises.toml").read_text())
    assert saved["exercise"] == [] and saved["retired"] == {"my-heel-raise": "Heel raise"}
    assert (
        controller.coach.library.library.names()["my-heel-raise"] == "Heel raise"
    )  # for the sessions that had it
    [routine] = tomllib.loads((folders[0] / "routines.toml").read_text())["routine"]
    assert routine["exercises"] == [{"id": "ankle-circles"}]


def test_a_built_in_exercise_is_hidden_and_brought_back(make_controller, folders):
    window = make_controller().window
    window.home.exercise_list.setCurrentRow(2)
    assert window.home.detail.name.text() == "Calf stretch"
    assert not window.home.detail.delete_button.isVisibleTo(
        window
    )  # built in: hidden, never deleted
    window.home.detail.hide_button.click()
    names = [window.home.exercise_list.item(i).text().split("\n")[0] for i in range(5)]
    assert "Calf stretch" not in names and window.home.exercise_list.count() == 5
    assert window.home.summary.text().startswith("5 exercises")
    assert window.home.hidden_button.text() == "Hidden (1)"
    assert tomllib.loads((folders[0] / "my-exercises.toml").read_text())["hidden"] == [
        "calf-stretch"
    ]
    [action] = window.home.hidden_button.menu().actions()
    assert action.text() == "Show “Calf stretch” again"
    action.trigger()
    assert window.home.exercise_list.count() == 6 and not window.home.hidden_button.isVisibleTo(
        window
    )
    assert window.home.summary.text().startswith("6 exercises")


def test_the_routine_looked_at_last_is_the_one_chosen_whatever_the_names(make_controller, qtbot):
    controller = make_controller()
    editor = open_routines(controller, qtbot)
    editor.new_button.click()  # "My routine"
    editor.new_button.click()  # "My routine" again
    editor.routines.setCurrentRow(3)
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "My routine 2")  # the second one's id while editing
    save(editor)
    assert controller.coach.library.chosen_plan().name == "My routine 2"
    assert controller.window.home.routine_choice.currentText() == "My routine 2"

from kneecoach.ui.single_instance import SingleInstance


def test_a_second_launch_hands_over_to_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert not first.hand_over({"start": False})  # nobody is running yet
    assert first.listen()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.message_received, timeout=3000) as received:
        assert second.hand_over({"start": True})
    assert received.args == [{"start": True}]
    first.close()


def test_another_data_folder_is_another_instance(tmp_path):
    one = SingleInstance(tmp_path / "a")
    assert one.listen()
    assert not SingleInstance(tmp_path / "b").hand_over({})
    one.close()


def test_a_second_launch_brings_the_window_forward_and_starts(make_controller, qtbot):
    controller = make_controller()
    controller.window.showMinimized()
    controller.handle_message({"start": True})
    assert not controller.window.isMinimized()
    assert controller.window.pages.currentWidget() is controller.window.session_view

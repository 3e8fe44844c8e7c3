"""The application service, with no Qt and a fake clock: each request is kept on disk,
says what changed, and a failed save becomes one plain notice, never an exception."""

import errno
from dataclasses import replace

import pytest

from kneecoach.core.autostart import XdgAutostart
from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.coach import Change, Coach
from kneecoach.core.settings import Settings
from kneecoach.core.storage.files import StoreError
from kneecoach.core.storage.settings_store import SettingsStore
from kneecoach.core.stores import Stores
from tests.fakes import FakeClock, practised


@pytest.fixture
def made(tmp_path):
    clock = FakeClock()
    settings = SettingsStore(tmp_path / "config", clock)
    settings.load()
    stores, notices = Stores.open(settings, load_catalogue(), tmp_path / "data", clock)
    assert notices == []
    coach = Coach(clock, stores, XdgAutostart(tmp_path / "autostart"))
    heard: list[Change] = []
    coach.subscribe(heard.append)
    yield coach, clock, heard, tmp_path
    coach.close()


def reopened(tmp_path, clock):
    settings = SettingsStore(tmp_path / "config", clock)
    settings.load()
    stores, _ = Stores.open(settings, load_catalogue(), tmp_path / "data", clock)
    return stores


def test_a_recorded_session_is_on_disk_and_every_listener_hears_it(made):
    coach, clock, heard, tmp_path = made
    session = coach.new_session()
    assert session is not None and session.routine == coach.chosen_routine()
    record = practised(clock, 0)
    change = coach.record_session(record)
    assert change == Change(history=True) and heard == [change]
    assert coach.streaks().done_today and coach.practised_on(clock.now().date())
    coach.set_pain_after(record, 3)
    coach.close()
    [kept] = reopened(tmp_path, clock).history.all_records()
    assert kept.id == record.id and kept.pain_after == 3


def test_delete_then_undo_puts_the_session_back(made):
    coach, clock, _, _ = made
    record = practised(clock, 1)
    coach.record_session(record)
    change, deleted = coach.delete_session(record.id, record.local_date)
    assert deleted == record and coach.history.sessions == [] and change.history
    coach.restore_session(deleted)
    assert [s.id for s in coach.history.sessions] == [record.id]


def test_a_session_gone_from_the_file_is_said_not_raised(made):
    coach, clock, _, _ = made
    change, deleted = coach.delete_session("never-there", clock.now().date())
    assert deleted is None and change.history
    change = coach.set_pain("never-there", clock.now().date(), 1, 2)
    assert [n.title for n in change.notices] == ["That session is no longer in your history"]


def test_a_failed_save_is_one_plain_notice_and_the_change_still_applies(made, monkeypatch):
    coach, clock, _, _ = made

    def full(*_args):
        raise StoreError(errno.ENOSPC, "history/2026-03.toml could not be saved: the disk is full.")

    monkeypatch.setattr(coach.history, "add", full)
    change = coach.record_session(practised(clock, 0))
    [notice] = change.notices
    assert notice.title == "Your change could not be saved"
    assert "the disk is full" in notice.text and "saved again" in notice.text
    monkeypatch.setattr(coach.stores.settings, "save", full)
    change = coach.apply_settings(replace(coach.settings, hold_seconds=40))
    assert [n.title for n in change.notices] == ["Your change could not be saved"]


def test_settings_have_one_copy_that_every_question_reads(made):
    coach, _, heard, tmp_path = made
    assert coach.routine_minutes() == 9
    change = coach.apply_settings(replace(coach.settings, hold_seconds=45))
    assert change.settings and heard[-1] is change
    assert coach.settings.hold_seconds == 45 and coach.routine_minutes() == 12
    assert SettingsStore(tmp_path / "config", FakeClock()).load() == []
    settings = SettingsStore(tmp_path / "config", FakeClock())
    settings.load()
    assert settings.settings.hold_seconds == 45


def test_start_at_login_follows_the_settings(made):
    coach, _, _, tmp_path = made
    coach.apply_settings(replace(coach.settings, start_at_login=True))
    assert coach.autostart.is_enabled()
    assert (tmp_path / "autostart").exists()
    coach.set_start_at_login(False)
    assert not coach.autostart.is_enabled() and not coach.settings.start_at_login


def test_export_then_import_elsewhere_skips_what_is_there(made, tmp_path_factory):
    coach, clock, _, tmp_path = made
    for days_ago in (3, 2, 1):
        coach.record_session(practised(clock, days_ago))
    exported = coach.export_history(tmp_path / "backup.toml", as_csv=False)
    assert [n.title for n in exported.notices] == ["History exported"]
    assert "3 sessions" in exported.notices[0].text
    change = coach.import_history(tmp_path / "backup.toml")
    assert "0 new sessions added" in change.notices[0].text
    assert len(coach.history.sessions) == 3
    (tmp_path / "broken.toml").write_text("x = [" * 2000)
    change = coach.import_history(tmp_path / "broken.toml")
    assert change.notices[0].title == "Nothing was imported"


def test_own_exercises_and_routines_are_kept_and_a_deletion_leaves_every_routine(made):
    coach, _, heard, tmp_path = made
    calf = coach.library.catalogue.get("calf-stretch")
    mine = replace(calf, id="", name="Heel raise", custom=True)
    change = coach.save_exercise(mine, is_new=True, picture_is_new=False)
    assert change.library and heard[-1] is change
    [saved] = coach.library.exercises.exercises
    assert saved.id == "my-heel-raise" or saved.name == "Heel raise"
    coach.set_hidden("ankle-circles", True)
    assert "ankle-circles" not in [e.id for e in coach.library.library.exercises]
    coach.delete_exercise(saved.id)
    assert coach.library.exercises.exercises == []
    stores = reopened(tmp_path, coach.clock)
    assert "ankle-circles" in stores.library.exercises.hidden


def test_hints_are_given_once_and_remembered(made):
    coach, clock, _, tmp_path = made
    assert not coach.hint_given("welcome")
    assert coach.hint_once("welcome") and not coach.hint_once("welcome")
    coach.close()
    assert "welcome" in reopened(tmp_path, clock).state.state.hints_given


def test_seek_help_advice_is_hidden_until_a_worse_reading(made):
    coach, clock, _, _ = made
    coach.record_session(practised(clock, 1, pain=8))
    advice = coach.advice()
    assert advice is not None and "orthopedist or physical therapist" in advice.text
    coach.hide_advice()
    assert coach.advice() is None
    clock.advance(24 * 3600)  # the next day, a worse reading brings it back
    coach.record_session(practised(clock, 0, pain=10))
    assert coach.advice() is not None


@pytest.mark.parametrize("accepted", [False, True])
def test_an_answer_to_a_progression_offer_changes_the_holds_only_when_accepted(made, accepted):
    coach, clock, _, _ = made
    coach.apply_settings(replace(coach.settings, progression=True))
    for days_ago in range(1, 8):
        coach.record_session(practised(clock, days_ago, pain=1))
    offer = coach.progression_offer()
    assert offer is not None and offer.to_seconds == 35
    coach.answer_progression(offer, accepted)
    assert coach.settings.hold_seconds == (35 if accepted else 30)
    assert coach.progression_offer() is None  # answered: not asked again at once


def test_default_settings_are_the_articles_dosage():
    assert Settings().hold_seconds == 30 and 10 <= Settings().reps <= 15


def test_the_streaks_are_worked_out_once_a_change_and_follow_the_day(made, monkeypatch):
    import kneecoach.core.coach as coach_module

    coach, clock, _, _ = made
    counted = []
    real = coach_module.compute_streaks
    monkeypatch.setattr(coach_module, "compute_streaks", lambda *a: counted.append(1) or real(*a))
    coach.record_session(practised(clock, 0))
    first = coach.streaks()
    assert coach.streaks() is first and len(counted) == 1  # every view asks; one reckoning
    assert first.done_today
    clock.advance(24 * 3600)  # a new day: today is not done yet
    assert not coach.streaks().done_today and len(counted) == 2
    coach.apply_settings(replace(coach.settings, weekly_goal=4))
    assert coach.streaks().weekly_goal == 4

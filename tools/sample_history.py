"""Fill a data folder with a realistic year of practice, for screenshots and trying the app.

About five days a week, now and then twice a day or a week away; pain easing from
about 6 to about 2 with day-to-day ups and downs; most sessions with a check-in
after the routine, some with one before too.

    .venv/bin/python tools/sample_history.py DATA_DIR [--days 365] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kneecoach.core.catalogue import load_catalogue
from kneecoach.core.clock import SystemClock
from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord
from kneecoach.core.storage.history_store import HistoryStore


def sample(days: int, seed: int, today: date) -> list[SessionRecord]:
    rng = random.Random(seed)
    ids = [e.id for e in load_catalogue().exercises]
    zone = datetime.now().astimezone().tzinfo
    records = []
    away_until = today - timedelta(days=days + 1)
    for back in range(days, 0, -1):
        day = today - timedelta(days=back)
        if day <= away_until or rng.random() < 0.25:
            continue
        if rng.random() < 0.01:  # a week away now and then
            away_until = day + timedelta(days=7)
        progress = 1 - back / days
        for hour in [18] + ([8] if rng.random() < 0.12 else []):
            start = datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=zone)
            pain = max(0, min(10, round(6 - 4 * progress + rng.gauss(0, 0.9))))
            skipped = {rng.choice(ids)} if rng.random() < 0.1 else set()
            records.append(
                SessionRecord(
                    id=f"sample-{day:%Y%m%d}-{hour}",
                    local_date=day,
                    started_at=start,
                    ended_at=start + timedelta(minutes=8, seconds=rng.randrange(100)),
                    routine="knee-relief",
                    finished=not skipped,
                    exercises=tuple(
                        ExerciseRecord(i, Outcome.SKIPPED if i in skipped else Outcome.DONE)
                        for i in ids
                    ),
                    pain_before=min(10, pain + rng.choice((0, 1, 1, 2)))
                    if rng.random() < 0.35
                    else None,
                    pain_after=pain if rng.random() < 0.85 else None,
                )
            )
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    store = HistoryStore(args.data_dir, SystemClock())
    for notice in store.open():
        print(f"{notice.title}: {notice.text}", file=sys.stderr)
    added = store.merge(sample(args.days, args.seed, date.today()))
    store.close()
    print(f"{added} sessions added to {args.data_dir}")


if __name__ == "__main__":
    main()

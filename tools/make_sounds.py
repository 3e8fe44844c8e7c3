"""Synthesise KneeCoach's chimes into resources/sounds/ as 16-bit mono 44.1 kHz PCM WAVs.

The tones are generated rather than recorded so they carry no licence, can be retuned in one
place, and rebuild byte-for-byte identically: run `python3 tools/make_sounds.py [--out DIR]`.
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from collections.abc import Callable
from pathlib import Path

SAMPLE_RATE = 44_100
FULL_SCALE = 32_767
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# Each partial is (frequency ratio, relative amplitude, decay-time scale). Upper partials
# decay faster than the fundamental, as on a struck bar, which keeps the tail warm.
Partial = tuple[float, float, float]

# Soft bell: harmonic for warmth, plus one faint inharmonic partial that gives the "strike".
BELL: tuple[Partial, ...] = ((1.0, 1.0, 1.0), (2.0, 0.30, 0.6), (3.0, 0.08, 0.35), (4.2, 0.04, 0.2))
# Marimba bar: the tuned bar's overtone sits two octaves up and fades almost at once.
MARIMBA: tuple[Partial, ...] = ((1.0, 1.0, 1.0), (4.0, 0.12, 0.25))
# Woodblock-like "tok": one short inharmonic overtone, no ringing.
WOOD: tuple[Partial, ...] = ((1.0, 1.0, 1.0), (2.7, 0.15, 0.4))

# MIDI note numbers, so every chime shares one tuning (C major, A4 = 440 Hz).
C4, E4, G4, C5, E5, G5, E6 = 60, 64, 67, 72, 76, 79, 88


def midi_hz(note: int) -> float:
    """Equal-tempered frequency of a MIDI note."""
    return 440.0 * 2.0 ** ((note - 69) / 12)


def silence(seconds: float) -> list[float]:
    """A buffer of float samples (full scale = 1.0) to mix notes into."""
    return [0.0] * round(seconds * SAMPLE_RATE)


def add_note(
    buf: list[float],
    start: float,
    freq: float,
    decay: float,
    amp: float = 1.0,
    partials: tuple[Partial, ...] = BELL,
    attack: float = 0.005,
) -> None:
    """Mix one struck note into buf, letting it ring until the buffer ends.

    The attack is a few milliseconds of raised cosine rather than an instant jump, because a
    step in level is heard as a click; after it each partial decays exponentially.
    """
    first = round(start * SAMPLE_RATE)
    attack_len = max(1, round(attack * SAMPLE_RATE))
    for i in range(first, len(buf)):
        n = i - first
        t = n / SAMPLE_RATE
        rise = math.sin(0.5 * math.pi * n / attack_len) ** 2 if n < attack_len else 1.0
        value = 0.0
        for ratio, weight, decay_scale in partials:
            envelope = math.exp(-t / (decay * decay_scale))
            value += weight * envelope * math.sin(2.0 * math.pi * freq * ratio * t)
        buf[i] += amp * rise * value


def fade_out(buf: list[float], seconds: float) -> None:
    """Taper the last samples to exactly zero so playback never stops on a step (a click)."""
    length = min(len(buf), round(seconds * SAMPLE_RATE))
    for k in range(length):
        remaining = length - 1 - k  # 0 on the final sample, where sin(0) gives exact silence
        buf[len(buf) - length + k] *= math.sin(0.5 * math.pi * remaining / length) ** 2


def to_pcm(buf: list[float], peak_dbfs: float) -> list[int]:
    """Scale so the loudest sample sits at peak_dbfs, then round to 16-bit integers.

    Normalising to a fixed peak sets each sound's level exactly, whatever the note mix.
    """
    peak = max(abs(x) for x in buf)
    gain = 10.0 ** (peak_dbfs / 20.0) * FULL_SCALE / peak
    return [max(-FULL_SCALE, min(FULL_SCALE, round(x * gain))) for x in buf]


def write_wav(path: Path, samples: list[int]) -> None:
    """Write mono 16-bit PCM, the uncompressed format QSoundEffect plays."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))  # WAV is little-endian


def make_tick() -> list[float]:
    """Countdown tick for the last seconds of a hold: short, high and quiet."""
    buf = silence(0.15)
    add_note(buf, 0.0, midi_hz(E6), decay=0.022, partials=WOOD, attack=0.003)
    fade_out(buf, 0.02)
    return buf


def make_rep() -> list[float]:
    """Pace tick for each repetition: an octave below the tick, rounder and longer."""
    buf = silence(0.2)
    add_note(buf, 0.0, midi_hz(E5), decay=0.05, partials=MARIMBA, attack=0.004)
    fade_out(buf, 0.03)
    return buf


def make_switch() -> list[float]:
    """Switch sides: a rising fourth, unlike any of the arpeggios."""
    buf = silence(0.7)
    add_note(buf, 0.0, midi_hz(G4), decay=0.18, amp=0.8)
    add_note(buf, 0.2, midi_hz(C5), decay=0.18)
    fade_out(buf, 0.1)
    return buf


def make_exercise_done() -> list[float]:
    """Exercise complete: a rising C major arpeggio whose notes ring on into a chord."""
    buf = silence(1.0)
    for index, note in enumerate((C5, E5, G5)):
        add_note(buf, 0.13 * index, midi_hz(note), decay=0.22, amp=0.7 + 0.15 * index)
    fade_out(buf, 0.08)
    return buf


def make_routine_done() -> list[float]:
    """Routine finished: a lower, slower arpeggio resolving into a long open C major chord."""
    buf = silence(2.4)
    for index, note in enumerate((C4, E4, G4, C5)):
        add_note(buf, 0.15 * index, midi_hz(note), decay=0.35, amp=0.75)
    # Open voicing (root, fifth, octave, tenth) sounds full without muddying the low end.
    for note in (C4, G4, C5, E5):
        add_note(buf, 0.66, midi_hz(note), decay=0.5, amp=0.4)
    fade_out(buf, 0.15)
    return buf


# File name -> (builder, peak level in dBFS). Chimes sit at -6 dBFS; the frequent ticks lower.
SOUNDS: dict[str, tuple[Callable[[], list[float]], float]] = {
    "tick.wav": (make_tick, -14.0),
    "rep.wav": (make_rep, -10.0),
    "switch.wav": (make_switch, -6.0),
    "exercise_done.wav": (make_exercise_done, -6.0),
    "routine_done.wav": (make_routine_done, -6.0),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (build, peak_dbfs) in SOUNDS.items():
        path = args.out / name
        write_wav(path, to_pcm(build(), peak_dbfs))
        print(path)


if __name__ == "__main__":
    main()

"""Writes resources/sounds/chime.wav: the presenter screen's chime, two short sine tones.

Made here with the standard library so the shipped sound is ours; run again after changing it.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
TONES = ((880.0, 0.0), (1174.66, 0.18))
"""(pitch in Hz, start in seconds): A5 then D6, as the browser view's Web Audio chime."""
LENGTH = 0.7
VOLUME = 0.35
TARGET = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "chime.wav"


def sample(t: float) -> float:
    value = 0.0
    for pitch, start in TONES:
        if t >= start:
            age = t - start
            envelope = min(age / 0.02, 1.0) * math.exp(-age * 7.0)
            value += envelope * math.sin(2 * math.pi * pitch * age)
    return VOLUME * value


def main() -> None:
    frames = b"".join(
        struct.pack("<h", round(32767 * max(-1.0, min(1.0, sample(n / RATE)))))
        for n in range(int(RATE * LENGTH))
    )
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(TARGET), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    print(TARGET)


if __name__ == "__main__":
    main()

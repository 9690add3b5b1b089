"""Registry of muscle shapes. Each body-area module adds MuscleShape entries with `add`.

Coordinates: author every shape on the PERSON'S RIGHT side, in the final coordinates of
its view: front view x < 200, back view x > 200, head view as drawn (right side only).
The build mirrors front/back shapes to the left side.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class MuscleShape:
    muscle: str                 # muscle id from data/muscles.csv
    view: str                   # front | back | head
    geom: object                # shapely polygon, person's right side
    depth: str = "superficial"  # superficial | deep (deep = drawn as a dashed outline under others)
    fibers: tuple = ("parallel", 90.0)  # ("parallel", angle_deg) or ("fan", (x, y)) or ("none",)
    part: str = ""              # optional name of a part (e.g. 'sternal head'), informational


SHAPES: list[MuscleShape] = []


def add(muscle: str, view: str, geom, depth: str = "superficial", fibers=("parallel", 90.0), part: str = "") -> None:
    SHAPES.append(MuscleShape(muscle, view, geom, depth, fibers, part))

"""What the body-area modules draw, collected for the build.

Every module `muscles_*.py` and `zones_*.py` in this folder registers its shapes when imported. All
coordinates are final view coordinates on the PERSON'S RIGHT side: front view x < 200, back view x > 200,
head view and lateral view as drawn (they show the right side; the app mirrors them for the left). The
build mirrors front and back shapes to the left side.

- `add(muscle, view, geom, ...)`: a muscle (or one part of it). `tendon=` a paler part of the same muscle
  (tendon, aponeurosis), clickable with it. `fibers=` see fibers.py. `depth="deep"` for muscles under
  others (drawn dashed, clickable on the deep layer).
- `mark(tp, view, (x, y))`: where a trigger point is drawn; the first view registered for a trigger
  point is its own view (where it is palpated); later ones are the same point seen from another view.
- `zone(tp, kind, view, geom)`: a referral zone ("essential" or "spillover") of a trigger point on a view,
  drawn as the published figure draws it. It must lie on the trigger point's side of the body unless
  `crosses_midline=True` (only where the literature draws it across).
- `decor(view, kind, geom)`: drawing that is not clickable: "bone", "deep_bone" (a bone shown only on the
  deep layer, such as the lumbar spine behind the abdomen), "tendon" (a tendon of no muscle in the data),
  "fascia", "hair", "nail", or lines: "crease", "feature" (face, fingers), "outline".
- `landmark(view, name, (x, y))`: a named point others may use (bony landmarks, for zones and marks).
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field


@dataclass
class MuscleShape:
    muscle: str                 # muscle id from data/muscles.csv
    view: str
    geom: object                # shapely polygon, person's right side
    depth: str = "superficial"
    fibers: tuple = ("parallel", 90.0)
    part: str = ""
    tendon: object | None = None
    module: str = ""


@dataclass
class Mark:
    tp: str
    view: str
    x: float
    y: float
    module: str = ""


@dataclass
class ZoneShape:
    tp: str
    kind: str                   # "essential" | "spillover"
    view: str
    geom: object
    crosses_midline: bool = False
    module: str = ""


@dataclass
class Decor:
    view: str
    kind: str
    geom: object                # a polygon for areas, lines (LineString/MultiLineString/list of points) for lines
    mirror: bool = True
    module: str = ""


SHAPES: list[MuscleShape] = []
MARKS: list[Mark] = []
ZONES: list[ZoneShape] = []
DECOR: list[Decor] = []
LANDMARKS: dict[str, dict[str, tuple[float, float]]] = {}
REGION_CUTS: list[tuple[str, str, object, int, str]] = []   # (view, region id, geometry, priority, module)

AREA_KINDS = ("bone", "tendon", "fascia", "hair", "nail", "skin", "deep_bone")
LINE_KINDS = ("crease", "feature", "outline")
ZONE_KINDS = ("essential", "spillover")


def _caller() -> str:
    frame = inspect.stack()[2]
    return frame.frame.f_globals.get("__name__", "").rsplit(".", 1)[-1]


def add(muscle: str, view: str, geom, depth: str = "superficial", fibers=("parallel", 90.0), part: str = "",
        tendon=None) -> None:
    SHAPES.append(MuscleShape(muscle, view, geom, depth, fibers, part, tendon, _caller()))


def mark(tp: str, view: str, point: tuple[float, float]) -> None:
    if any(m.tp == tp and m.view == view for m in MARKS):
        raise ValueError(f"trigger point {tp} is marked twice on the {view} view")
    MARKS.append(Mark(tp, view, float(point[0]), float(point[1]), _caller()))


def zone(tp: str, kind: str, view: str, geom, crosses_midline: bool = False) -> None:
    if kind not in ZONE_KINDS:
        raise ValueError(f"zone kind must be one of {ZONE_KINDS}, not {kind!r}")
    ZONES.append(ZoneShape(tp, kind, view, geom, crosses_midline, _caller()))


def decor(view: str, kind: str, geom, mirror: bool = True) -> None:
    if kind not in AREA_KINDS + LINE_KINDS:
        raise ValueError(f"decor kind must be one of {AREA_KINDS + LINE_KINDS}, not {kind!r}")
    DECOR.append(Decor(view, kind, geom, mirror, _caller()))


def landmark(view: str, name: str, point: tuple[float, float]) -> tuple[float, float]:
    LANDMARKS.setdefault(view, {})[name] = (float(point[0]), float(point[1]))
    return LANDMARKS[view][name]


def region(view: str, region_id: str, geom, priority: int = 10) -> None:
    """An extra cut for a body region on a view (person's right; midline regions as in regions.py):
    higher priority cuts take their area first. The build adds these to the cuts of regions.py."""
    REGION_CUTS.append((view, region_id, geom, priority, _caller()))


def marks_of(tp: str) -> list[Mark]:
    return [m for m in MARKS if m.tp == tp]


def reset() -> None:
    for registry in (SHAPES, MARKS, ZONES, DECOR, REGION_CUTS):
        registry.clear()
    LANDMARKS.clear()

"""The lower leg and foot of the front and back views, drawn to an adult's proportions.

The shapes below the knee were authored with the ankle high and the foot seen nearly from above
(ankle to toe tips about 80 units of the 1000-unit figure). Standing in front of a person, one sees the
foot foreshortened: the ankle bones sit about 4 % of the body's height above the floor and the toes are
short. Rather than re-author every shape, zone and mark below the knee, the build passes the front and
back views through this vertical warp as it writes them: the lower leg is stretched (knee to ankle 180
-> 220 units) and the foot compressed (80 -> 40), with no kink at the knee and the soles on the floor.

The warp is y' = f(y) for points below the knee and between the legs' outer limits (110 < x < 290); the
framed soles of the back view, further out, are only lifted a little (INSET_LIFT), so that each frame has
room for its caption under it. The lateral view had the same high ankle and
tall foot, and is warped the same way (there at every x: only the leg and foot lie below the knee). f is the integral of a smooth stretch
factor, so outlines stay smooth. Shapes a designer authors in the final proportions (the heel seen from
behind) are written in final coordinates and brought back with `unwarp`.
"""
from __future__ import annotations

import bisect

KNEE = 725.0                 # above this nothing changes
X_RANGE = (110.0, 290.0)     # the legs (the sole insets lie outside)
# (y, stretch factor): 1 at the knee, the shank lengthened, easing through the ankle, the foot compressed
FACTORS = [(725.0, 1.0), (760.0, 1.3), (870.0, 1.3), (900.0, 1.0), (915.0, 0.7), (930.0, 0.48), (985.0, 0.5)]
STEP = 0.25
VIEWS = ("front", "back", "lateral")


def _factor(y: float) -> float:
    if y <= FACTORS[0][0]:
        return FACTORS[0][1]
    for (y0, k0), (y1, k1) in zip(FACTORS, FACTORS[1:]):
        if y <= y1:
            t = (y - y0) / (y1 - y0)
            t = t * t * (3 - 2 * t)          # smoothstep: the factor changes without corners
            return k0 + (k1 - k0) * t
    return FACTORS[-1][1]


def _table() -> tuple[list[float], list[float]]:
    ys, fs = [KNEE], [KNEE]
    y, f = KNEE, KNEE
    while y < FACTORS[-1][0]:
        f += STEP * (_factor(y) + _factor(y + STEP)) / 2
        y += STEP
        ys.append(y)
        fs.append(f)
    return ys, fs


_YS, _FS = _table()
# the floor stays where it was: scale the table so that f(985) = 985
_SCALE = (FACTORS[-1][0] - KNEE) / (_FS[-1] - KNEE)
_FS = [KNEE + (f - KNEE) * _SCALE for f in _FS]
END_FACTOR = FACTORS[-1][1] * _SCALE


def _interp(v: float, xs: list[float], ys: list[float]) -> float:
    i = min(max(bisect.bisect_left(xs, v), 1), len(xs) - 1)
    x0, x1 = xs[i - 1], xs[i]
    return ys[i - 1] + (ys[i] - ys[i - 1]) * (v - x0) / (x1 - x0)


def warp_y(y: float) -> float:
    if y <= KNEE:
        return y
    if y >= _YS[-1]:
        return _FS[-1] + (y - _YS[-1]) * END_FACTOR
    return _interp(y, _YS, _FS)


def unwarp_y(y: float) -> float:
    if y <= KNEE:
        return y
    if y >= _FS[-1]:
        return _YS[-1] + (y - _FS[-1]) / END_FACTOR
    return _interp(y, _FS, _YS)


INSET_LIFT = 16.0            # the framed soles (back view, outside the legs) move up, to leave room for captions
INSET_TOP = 790.0


def warp_point(x: float, y: float) -> tuple[float, float]:
    """Front and back views: the legs; the sole insets further out (back view) are lifted, not warped."""
    if X_RANGE[0] < x < X_RANGE[1]:
        return x, warp_y(y)
    if y > INSET_TOP:
        return x, y - INSET_LIFT
    return x, y


def warp_side(x: float, y: float) -> tuple[float, float]:
    """The lateral view: nothing but the leg and foot lies below the knee, wherever it is across."""
    return x, warp_y(y)


def warp_for(view: str):
    return warp_side if view == "lateral" else warp_point


def unwarp(geom):
    """A shape authored in final (warped) coordinates, brought back to the authoring coordinates."""
    import numpy as np
    from shapely import segmentize
    from shapely.ops import transform

    def fn(x, y, z=None):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        return x, np.array([unwarp_y(v) if X_RANGE[0] < u < X_RANGE[1] else v for u, v in zip(x, y)])

    return transform(fn, segmentize(geom, 1.0))

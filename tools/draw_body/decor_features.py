"""Lines that make the figure read as a body (creases, navel, kneecaps, fingers, toes), registered as
decor: on the person's right side, mirrored to the left on the front and back views."""
from __future__ import annotations

from .registry import decor


def _path(points):
    return [tuple(p) for p in points]


# front view
# (the clavicle is drawn as a bone: decor_shoulder.py)

# back view
# the navel, the spine line and the gluteal cleft: decor_trunk.py
# kneecap, gluteal fold and knee creases: decor_hip.py
# face, ears and hair: decor_head.py

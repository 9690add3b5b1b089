"""Muscle shapes are registered with `add` (see registry.py, which also holds marks, zones and decor)."""
from .registry import SHAPES, MuscleShape, add  # noqa: F401

"""Trigger Point Explorer: the domain package (data, geometry, lookups, figures). Never imports Streamlit."""

from .atlas import Atlas, Muscle, TriggerPoint, load_atlas
from .schema import DataValidationError, Problem

__all__ = ["Atlas", "Muscle", "TriggerPoint", "load_atlas", "DataValidationError", "Problem"]

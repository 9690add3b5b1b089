"""Plotly charts (the body map itself is SVG, see bodymap.py and ui/frontend/)."""
from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from . import style as S
from .lookup import COVERAGE_WEIGHT, ZONE_WEIGHTS, Candidate

SCORE_PARTS = (
    ("essential", "Main (essential) zone", S.ESSENTIAL),
    ("spillover", "Sometimes (spillover) zone", S.SPILLOVER),
    ("local", "Trigger point lies there", "#7a5a4f"),
    ("coverage", "Share of your drawing explained", "#9aa5b1"),
)


def score_parts(candidate: Candidate, n_marked: int) -> dict[str, float]:
    """A candidate's score split into what each kind of match adds (they sum to `candidate.score`)."""
    parts = {kind: 0.0 for kind, _, _ in SCORE_PARTS}
    for match in candidate.matches:
        parts[match.zone] += ZONE_WEIGHTS[match.zone]
    parts["coverage"] = COVERAGE_WEIGHT * candidate.regions_explained / max(n_marked, 1)
    return parts


def score_chart(candidates: Sequence[Candidate], n_marked: int) -> go.Figure:
    """Horizontal stacked bars of the top candidates' scores, best at the top."""
    names = [c.muscle.name for c in candidates]
    parts = [score_parts(c, n_marked) for c in candidates]
    fig = go.Figure()
    for kind, label, colour in SCORE_PARTS:
        values = [round(p[kind], 3) for p in parts]
        if not any(values):
            continue
        fig.add_bar(y=names, x=values, name=label, orientation="h", marker_color=colour,
                    hovertemplate=f"%{{y}}: {label.lower()} %{{x:.2f}}<extra></extra>")
    fig.update_layout(
        barmode="stack", height=60 + 34 * len(candidates), margin=dict(l=0, r=10, t=10, b=0),
        yaxis=dict(autorange="reversed", automargin=True), xaxis=dict(title="Score", fixedrange=True),
        legend=dict(orientation="h", yanchor="top", y=-0.25 if len(candidates) > 3 else -0.5, x=0),
        font=dict(family=S.FONT, size=13), plot_bgcolor="white", dragmode=False,
    )
    return fig

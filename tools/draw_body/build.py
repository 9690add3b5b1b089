"""Write the body drawings: assets/body_front.svg, body_back.svg, head_side.svg (and body_side.svg).

Run: .venv/bin/python -m tools.draw_body.build   (from the repository root)

The SVGs are what the app reads (triggerpoints/geometry.py) and what a designer may edit. They are made
here from the shape definitions in this folder; tests/test_geometry.py checks that the committed files
are exactly what this script writes, so the two never disagree. See assets/README.md.

Each view's file has these layers, bottom to top: body (skin, hair, bones), regions (the pain drawing's
places), muscles (deep, then the shadows the surface muscles cast, then the surface muscles, each a group
with its outline, tendon and fibre lines), details (face, creases), zones (referral zones), marks (trigger
points), insets (the framed soles of the back view) and focus (boxes the map can zoom to).
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from xml.sax.saxutils import escape

from shapely import affinity
from shapely.geometry import LineString, MultiLineString, Polygon, box
from shapely.ops import unary_union

from . import body as B, head as H, regions as R, soles as S
from .fibers import fibers, mirror_spec
from .patterns import marks_layer, zones_layer
from .registry import DECOR, LINE_KINDS, REGION_CUTS, SHAPES
from .shapes import mirror
from .svgpath import _num, lines_d, path_d, warping
from .warp import INSET_LIFT, VIEWS as WARPED_VIEWS, warp_for

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
FILES = {"front": "body_front.svg", "back": "body_back.svg", "head": "head_side.svg", "lateral": "body_side.svg"}
TITLES = {"front": "front view", "back": "back view", "head": "head and neck, right side",
          "lateral": "whole body, right side"}
SHADOW_OFFSET = (0.9, 1.3)      # the light falls from the upper left: surface muscles cast a soft shadow

# Parts of the body the map can zoom to, as (x, y, width, height) in view units, on the person's right.
FOCUS_FRONT = {
    "head_neck": (115, 8, 170, 197), "face": (140, 20, 120, 140), "shoulder_arm": (40, 150, 175, 270),
    "forearm_hand": (18, 350, 114, 290), "trunk": (95, 150, 210, 375), "hip_thigh": (88, 420, 130, 345),
    "leg_foot": (108, 690, 110, 310),
}
FOCUS_HEAD = {"face": (150, 60, 195, 240), "neck": (40, 150, 300, 250)}

# A readable look for a designer opening a file on its own; the app replaces it with assets/drawing.css.
DESIGNER_STYLE = """<style>
.silhouette{fill:#f4e4d7;stroke:#9b7b6a;stroke-width:.8}.hair{fill:#b9a798}.bone{fill:#efe7da;stroke:#bfae98;stroke-width:.4}
.fascia,.tendon{fill:#efe2d2;stroke:#c9b29b;stroke-width:.4}.region{fill:none}.shadow{fill:rgba(70,30,20,.16)}
.muscle .shape{fill:#dfa89c;stroke:#935449;stroke-width:.45}.muscle .tendon{fill:#efe2d2}.muscle .fibers{fill:none;stroke:#c4796c;stroke-width:.3}
.muscle[data-depth=deep] .shape{fill:none;stroke-dasharray:2 1.6}.muscle[data-depth=deep] .fibers{display:none}
.deep-only{display:none}.detail,.crease,.feature{fill:none;stroke:#9b7b6a;stroke-width:.5}.zone{display:none}.mark{display:none}
.inset-frame{fill:none;stroke:#9aa5b1;stroke-width:.8}.inset-caption{font:11px sans-serif;fill:#3d3d3d}.inset-caption-sub{font-size:8.5px}
</style>"""


def load_modules(lenient: bool = False) -> list[str]:
    """Import every drawing module of this folder (they register what they draw). With `lenient`, a module
    that fails to import is left out with a warning (for previews while someone is editing it); the names
    of modules left out are returned."""
    skipped = []
    for mod in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda m: m.name):
        if mod.name.startswith(("muscles_", "zones_", "decor_", "lateral")):
            try:
                importlib.import_module(f"{__package__}.{mod.name}")
            except Exception as exc:  # noqa: BLE001 - reported, and fatal unless lenient
                if not lenient:
                    raise
                print(f"warning: {mod.name} left out: {type(exc).__name__}: {exc}")
                skipped.append(mod.name)
    return skipped


def flip(geom, width: float = 400):
    return mirror(geom, width / 2)


def focus_boxes(view: str) -> dict[str, tuple[float, float, float, float]]:
    if view == "head":
        return FOCUS_HEAD
    if view in ("front", "lateral"):
        return FOCUS_FRONT
    boxes = {k: (400 - x - w, y, w, h) for k, (x, y, w, h) in FOCUS_FRONT.items()}   # back: the right is on the right
    x, y, w, h = boxes["leg_foot"]
    boxes["leg_foot"] = (x, y, 372 - x, h)      # take in the framed sole of the right foot
    return boxes


def _lines(geom) -> object:
    if isinstance(geom, (LineString, MultiLineString)):
        return geom
    if geom and isinstance(geom[0][0], (int, float)):
        return LineString(geom)
    return MultiLineString([list(g) for g in geom])


class View:
    """One view being drawn: its size, sides, silhouette, regions, muscles and decor."""

    def __init__(self, name: str, width: int, height: int, person_right: str, silhouette, regions: list,
                 frontal: bool):
        self.name, self.width, self.height, self.person_right = name, width, height, person_right
        self.silhouette, self.regions, self.frontal = silhouette, regions, frontal

    def sides(self, geom, spec=None):
        """The shape on the person's right, and (frontal views) its mirror image on the left."""
        out = [("right", geom, spec)]
        if self.frontal:
            out.append(("left", flip(geom, self.width), mirror_spec(spec, self.width / 2) if spec else spec))
        return out

    def muscles(self) -> list[tuple]:
        items = []
        for s in SHAPES:
            if s.view != self.name:
                continue
            geom = (s.geom & self.silhouette).buffer(0)
            if geom.is_empty:
                raise ValueError(f"{s.muscle} on the {self.name} view lies outside the body ({s.module})")
            tendon = (s.tendon & self.silhouette).buffer(0) if s.tendon is not None else None
            for side, g, spec in self.sides(geom, s.fibers):
                t = None if tendon is None else (tendon if side == "right" else flip(tendon, self.width))
                belly = g.difference(t) if t is not None else g
                items.append((s.muscle, side, g, belly, t, s.depth, fibers(belly, spec)))
        # deep muscles first; surface ones over them, small shapes last so they stay reachable
        items.sort(key=lambda t: (0 if t[5] == "deep" else 1, -t[2].area))
        return items

    def svg(self) -> str:
        if self.name in WARPED_VIEWS:         # the lower legs and feet to an adult's proportions (warp.py)
            with warping(warp_for(self.name)):
                return self._svg()
        return self._svg()

    def _svg(self) -> str:
        w, h = self.width, self.height
        out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" data-view="{self.name}" '
               f'data-person-right="{self.person_right}" data-midline="{_num(w / 2)}">',
               f"<title>Trigger Point Explorer body map: {TITLES[self.name]}</title>", DESIGNER_STYLE]
        out += self.body_layer() + self.regions_layer() + self.muscles_layer() + self.details_layer()
        out += zones_layer(self.name, self.regions, self.silhouette, self.width)
        out += marks_layer(self.name)
        out += self.insets_layer()
        out.append(self.focus_layer())
        out.append("</svg>")
        return "\n".join(out) + "\n"

    def _decor(self, kinds) -> list[tuple[str, object]]:
        items = []
        for d in DECOR:
            if d.view != self.name or d.kind not in kinds:
                continue
            geom = _lines(d.geom) if d.kind in LINE_KINDS else d.geom
            items.append((d.kind, geom))
            if d.mirror and self.frontal:
                items.append((d.kind, flip(geom, self.width)))
        return items

    def body_layer(self) -> list[str]:
        out = ['<g id="body">', f'<path class="silhouette" d="{path_d(self.silhouette)}"/>']
        for kind, geom in self._decor(("skin", "hair", "bone", "deep_bone", "fascia", "tendon")):
            cls = "bone deep-only" if kind == "deep_bone" else kind
            out.append(f'<path class="{cls}" d="{path_d(geom & self.silhouette)}"/>')
        out.append("</g>")
        return out

    def regions_layer(self) -> list[str]:
        out = ['<g id="regions">']
        for rid, side, geom, inset in self.regions:
            extra = f' data-inset="{inset}"' if inset else ""
            out.append(f'<path class="region" id="{self.name}-{rid}-{side}" data-region="{rid}" data-side="{side}"'
                       f'{extra} d="{path_d(geom)}"/>')
        out.append("</g>")
        return out

    def muscles_layer(self) -> list[str]:
        items = self.muscles()
        deep = [i for i in items if i[5] == "deep"]
        surface = [i for i in items if i[5] != "deep"]
        out = ['<g id="muscles">', '<g id="muscles-deep">']
        seen: dict[str, int] = {}

        def group(m, side, g, belly, tendon, depth, fib) -> str:
            gid = f"{self.name}-{m}-{side}"
            seen[gid] = seen.get(gid, 0) + 1
            if seen[gid] > 1:   # a muscle drawn as several shapes (parts, or a deep and a surface part)
                gid += f"-{seen[gid]}"
            parts = [f'<g class="muscle" id="{gid}" data-muscle="{m}" data-side="{side}" data-depth="{depth}">',
                     f'<path class="shape" d="{path_d(g)}"/>']
            if tendon is not None and not tendon.is_empty:
                parts.append(f'<path class="tendon" d="{path_d(tendon)}"/>')
            if not fib.is_empty:
                parts.append(f'<path class="fibers" d="{lines_d(fib)}"/>')
            return "".join(parts) + "</g>"

        out += [group(*i) for i in deep]
        out.append("</g>")
        if surface:
            shadow = unary_union([affinity.translate(i[2], *SHADOW_OFFSET) for i in surface]) & self.silhouette
            out.append(f'<g id="shadows"><path class="shadow" d="{path_d(shadow)}"/></g>')
        out.append('<g id="muscles-surface">')
        out += [group(*i) for i in surface]
        out += ["</g>", "</g>"]
        return out

    def details_layer(self) -> list[str]:
        out = ['<g id="details">']
        for kind, geom in self._decor(("nail",)):
            out.append(f'<path class="{kind}" d="{path_d(geom)}"/>')
        for kind, geom in self._decor(LINE_KINDS):
            out.append(f'<path class="detail {kind}" d="{lines_d(geom, min_length=0.5)}"/>')
        out.append("</g>")
        return out

    def insets_layer(self) -> list[str]:
        if self.name != "back":
            return []
        out = ['<g id="insets">']
        lift = INSET_LIFT
        for frame in S.frames():
            x0, y0, x1, y1 = frame.bounds
            out.append(f'<rect class="inset-frame" x="{_num(x0)}" y="{_num(y0 - lift)}" width="{_num(x1 - x0)}" '
                       f'height="{_num(y1 - y0)}" rx="3"/>')
        for cx, cy, first, second in S.captions():
            out.append(f'<text class="inset-caption" x="{_num(cx)}" y="{_num(cy - lift)}" text-anchor="middle">'
                       f'{escape(first)}</text>')
            out.append(f'<text class="inset-caption inset-caption-sub" x="{_num(cx)}" y="{_num(cy - lift + 9.5)}" '
                       f'text-anchor="middle">{escape(second)}</text>')
        out.append("</g>")
        return out

    def focus_layer(self) -> str:
        rects = "".join(f'<rect data-focus="{k}" x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}"/>'
                        for k, (x, y, w, h) in focus_boxes(self.name).items())
        return f'<g id="focus" display="none">{rects}</g>'


def _add_cuts(view: str, cuts: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """The cuts of regions.py with the area modules' own cuts, higher priority first."""
    extra = sorted((c for c in REGION_CUTS if c[0] == view), key=lambda c: -c[3])
    return [(rid, geom) for _, rid, geom, _, _ in extra] + cuts


def _frontal_regions(cuts, mask, flip_back: bool) -> list[tuple]:
    reg = []
    for rid, g in R.partition(cuts, mask):
        if flip_back:
            g = flip(g)
        if rid in R.MIDLINE:
            reg.append((rid, "midline", unary_union([g, flip(g)]), ""))
        else:
            reg.append((rid, "right", g, ""))
            reg.append((rid, "left", flip(g), ""))
    return reg


def views() -> list[View]:
    sil = B.silhouette()
    right_half = sil & R.RIGHT_HALF
    out = [View("front", 400, 1000, "left", sil, _frontal_regions(_add_cuts("front", R.front_regions()), right_half, False),
                True)]
    back_sil = B.silhouette(back=True)
    back_reg = _frontal_regions(_add_cuts("back", R.back_regions()), back_sil & R.RIGHT_HALF, True)
    for rid, g in R.partition(_add_cuts("sole", S.REGION_CUTS), S.OUTLINE):
        back_reg.append((rid, "right", g, "sole"))
        back_reg.append((rid, "left", flip(g), "sole"))
    out.append(View("back", 400, 1000, "right", unary_union([back_sil, S.OUTLINE, flip(S.OUTLINE)]), back_reg, True))
    out.append(View("head", 400, 400, "right", H.SILHOUETTE,
                    [(rid, "right", g, "") for rid, g in R.partition(_add_cuts("head", H.REGION_CUTS), H.SILHOUETTE)],
                    False))
    try:
        from . import lateral as L
    except ImportError:
        return out
    out.append(View("lateral", 400, 1000, "right", L.SILHOUETTE,
                    [(rid, "right", g, "") for rid, g in R.partition(_add_cuts("lateral", L.REGION_CUTS), L.SILHOUETTE)],
                    False))
    return out


def build(out_dir: Path = ASSETS, lenient: bool = False) -> list[Path]:
    load_modules(lenient)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for view in views():
        path = out_dir / FILES[view.name]
        path.write_text(view.svg())
        written.append(path)
    return written


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ASSETS, help="folder to write the SVGs to (default: assets/)")
    ap.add_argument("--lenient", action="store_true",
                    help="leave out a drawing module that fails to import (for a preview while it is being edited)")
    args = ap.parse_args()
    if args.out.resolve() != ASSETS.resolve():
        import shutil
        for extra in ("drawing.css", "drawing_defs.svg"):      # a preview folder needs the look too
            args.out.mkdir(parents=True, exist_ok=True)
            shutil.copy(ASSETS / extra, args.out / extra)
    for p in build(args.out, args.lenient):
        print(f"wrote {p.relative_to(ROOT) if p.is_relative_to(ROOT) else p}")

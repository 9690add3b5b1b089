"""Write assets/body_front.svg, assets/body_back.svg and assets/head_side.svg.

Run: .venv/bin/python -m tools.draw_body.build   (from the repository root)
The SVGs are the geometry the app reads; this script drew their first version from the
shape definitions in this folder.
"""
from __future__ import annotations

import importlib
import math
import pkgutil
from pathlib import Path
from xml.sax.saxutils import escape

from shapely.geometry import LineString, MultiLineString, Polygon, box
from shapely.ops import unary_union

from . import body as B, head as H, regions as R, soles as S
from .patterns import pattern_layers, read_trigger_points
from .muscles import SHAPES
from .shapes import mirror

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
FIBER_SPACING = 4.0


def _fmt(v: float) -> str:
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def path_d(geom) -> str:
    polys = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon)]
    parts = []
    for p in polys:
        for ring in [p.exterior, *p.interiors]:
            ring = ring.simplify(0.15)
            c = list(ring.coords)[:-1]
            parts.append("M" + " L".join(f"{_fmt(x)},{_fmt(y)}" for x, y in c) + " Z")
    return " ".join(parts)


def lines_d(geom) -> str:
    lines = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, LineString) and g.length > 1.5]
    return " ".join("M" + " L".join(f"{_fmt(x)},{_fmt(y)}" for x, y in l.coords) for l in lines)


def fibers(geom, spec) -> object:
    inner = geom.buffer(-1.0)
    if inner.is_empty or spec[0] == "none":
        return MultiLineString([])
    minx, miny, maxx, maxy = geom.bounds
    diag = math.hypot(maxx - minx, maxy - miny) + 10
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    segs = []
    if spec[0] == "parallel":
        a = math.radians(spec[1])
        dx, dy = math.cos(a), math.sin(a)
        nx, ny = -dy, dx
        k = -diag / 2
        while k <= diag / 2:
            px, py = cx + nx * k, cy + ny * k
            segs.append(LineString([(px - dx * diag, py - dy * diag), (px + dx * diag, py + dy * diag)]))
            k += FIBER_SPACING
    else:  # fan from a point
        fx, fy = spec[1]
        c = geom.centroid
        r = max(math.hypot(c.x - fx, c.y - fy), 5.0)
        step = FIBER_SPACING / r
        base = math.atan2(c.y - fy, c.x - fx)
        t = -math.pi
        while t < math.pi:
            segs.append(LineString([(fx, fy), (fx + math.cos(base + t) * diag * 2, fy + math.sin(base + t) * diag * 2)]))
            t += step
    return MultiLineString(segs).intersection(inner)


def load_muscle_modules(only: list[str] | None = None) -> None:
    for mod in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if mod.name.startswith("muscles_") and (not only or mod.name in only):
            importlib.import_module(f"{__package__}.{mod.name}")


# Parts of the body the map can zoom to, as (x, y, width, height) in view units, on the person's right.
FOCUS_FRONT = {
    "head_neck": (115, 8, 170, 197), "face": (140, 20, 120, 140), "shoulder_arm": (40, 150, 175, 270),
    "forearm_hand": (18, 350, 114, 290), "trunk": (95, 150, 210, 375), "hip_thigh": (88, 420, 130, 345),
    "leg_foot": (108, 690, 110, 310),
}
FOCUS_HEAD = {"face": (150, 60, 195, 240), "neck": (40, 150, 300, 250)}


def focus_boxes(view: str) -> dict[str, tuple[float, float, float, float]]:
    if view == "head":
        return FOCUS_HEAD
    if view == "front":
        return FOCUS_FRONT
    boxes = {k: (400 - x - w, y, w, h) for k, (x, y, w, h) in FOCUS_FRONT.items()}   # back: the right is on the right
    x, y, w, h = boxes["leg_foot"]
    boxes["leg_foot"] = (x, y, 370 - x, h)      # take in the sole inset of the right foot
    return boxes


def focus_layer(view: str) -> str:
    rects = "".join(f'<rect data-focus="{k}" x="{_fmt(x)}" y="{_fmt(y)}" width="{_fmt(w)}" height="{_fmt(h)}"/>'
                    for k, (x, y, w, h) in focus_boxes(view).items())
    return f'<g id="focus" display="none">{rects}</g>'


def view_svg(view: str, width: int, height: int, person_right: str, silhouette, regions, muscles, details,
             patterns: list[str] = ()) -> str:
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
           f'data-view="{view}" data-person-right="{person_right}" data-midline="{_fmt(width / 2)}">',
           f"<title>Trigger Point Explorer body map: {view} view</title>",
           '<g id="silhouette">', f'<path class="silhouette" d="{path_d(silhouette)}"/>']
    for geom in details.get("outlines", []):
        out.append(f'<path class="outline" d="{path_d(geom)}"/>')
    out.append("</g>")
    out.append('<g id="regions">')
    for rid, side, geom, inset in regions:
        extra = f' data-inset="{inset}"' if inset else ""
        out.append(f'<path class="region" id="{view}-{rid}-{side}" data-region="{rid}" data-side="{side}"{extra} d="{path_d(geom)}"/>')
    out.append("</g>")
    out.append('<g id="muscles">')
    seen: dict[str, int] = {}
    for m, side, geom, depth, fib in muscles:
        gid = f"{view}-{m}-{side}"
        seen[gid] = seen.get(gid, 0) + 1
        if seen[gid] > 1:  # a muscle drawn as two shapes (e.g. a deep and a superficial part)
            gid += f"-{seen[gid]}"
        out.append(f'<g class="muscle" id="{gid}" data-muscle="{m}" data-side="{side}" data-depth="{depth}">'
                   f'<path class="shape" d="{path_d(geom)}"/>'
                   + (f'<path class="fibers" d="{lines_d(fib)}"/>' if not fib.is_empty else "") + "</g>")
    out.append("</g>")
    out.append('<g id="details">')
    for d in details.get("lines", []):
        out.append(f'<path class="detail" d="{d}"/>')
    out.append("</g>")
    out.extend(patterns)
    out.append(focus_layer(view))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def flip(geom, width: float = 400):
    return mirror(geom, width / 2)


def build(out_dir: Path = ASSETS, only: list[str] | None = None) -> None:
    load_muscle_modules(only)
    out_dir.mkdir(parents=True, exist_ok=True)
    from . import details as D

    sil = B.silhouette()
    right_half = sil & R.RIGHT_HALF
    views = {}

    # Front: person's right = viewer's left.
    reg = []
    for rid, g in R.partition(R.front_regions(), right_half):
        if rid in R.MIDLINE:
            reg.append((rid, "midline", unary_union([g, flip(g)]), ""))
        else:
            reg.append((rid, "right", g, ""))
            reg.append((rid, "left", flip(g), ""))
    views["front"] = (400, 1000, "left", sil, reg)

    # Back: authored like the front, then flipped so the person's right is the viewer's right.
    reg = []
    for rid, g in R.partition(R.back_regions(), right_half):
        g = flip(g)
        if rid in R.MIDLINE:
            reg.append((rid, "midline", unary_union([g, flip(g)]), ""))
        else:
            reg.append((rid, "right", g, ""))
            reg.append((rid, "left", flip(g), ""))
    sole_outline = S.OUTLINE
    for rid, g in R.partition(S.REGION_CUTS, sole_outline):
        reg.append((rid, "right", g, "sole"))
        reg.append((rid, "left", flip(g), "sole"))
    back_sil = unary_union([sil, sole_outline, flip(sole_outline)])
    views["back"] = (400, 1000, "right", back_sil, reg)

    reg = [(rid, "right", g, "") for rid, g in R.partition(H.REGION_CUTS, H.SILHOUETTE)]
    views["head"] = (400, 400, "right", H.SILHOUETTE, reg)

    names = {"front": "body_front.svg", "back": "body_back.svg", "head": "head_side.svg"}
    tps = read_trigger_points()
    for view, (w, h, pr, silg, reg) in views.items():
        ms = []
        shapes = [s for s in SHAPES if s.view == view]
        for s in shapes:
            g = s.geom & silg
            if g.is_empty:
                raise ValueError(f"{s.muscle} on {view} lies outside the body")
            ms.append((s.muscle, "right", g, s.depth, fibers(g, s.fibers)))
            if view != "head":
                spec = s.fibers
                if spec[0] == "parallel":
                    spec = ("parallel", 180 - spec[1])
                elif spec[0] == "fan":
                    spec = ("fan", (400 - spec[1][0], spec[1][1]))
                gl = flip(g)
                ms.append((s.muscle, "left", gl, s.depth, fibers(gl, spec)))
        # deep muscles first so superficial ones are drawn over them
        ms.sort(key=lambda t: (0 if t[3] == "deep" else 1, -t[2].area))   # small shapes drawn last stay reachable
        (out_dir / names[view]).write_text(view_svg(view, w, h, pr, silg, reg, ms, D.details(view),
                                                    pattern_layers(view, reg, tps, path_d)))
        print(f"{names[view]}: {len(reg)} region shapes, {len(ms)} muscle shapes")


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=ASSETS, help="folder to write the SVGs to (default: assets/)")
    ap.add_argument("--only", nargs="*", help="muscle modules to include, e.g. muscles_leg (default: all)")
    args = ap.parse_args()
    build(args.out, args.only)

"""The drawings: regions tile the body, sides are mirrored, SVG curves are read."""
from __future__ import annotations

from pathlib import Path

import pytest
from shapely.ops import unary_union

from triggerpoints.atlas import DATA_DIR
from triggerpoints.geometry import GeometryError, load_view

REQUIRED_REGIONS = """temple top_of_head back_of_head forehead eye_brow ear_tmj jaw_angle cheek upper_teeth lower_teeth
throat back_of_neck side_of_neck between_shoulder_blades shoulder_front shoulder_outside shoulder_back chest_front
chest_side upper_arm_front upper_arm_back elbow_outer elbow_inner forearm_back forearm_front hand_back wrist_palm thumb
index_finger ring_little_fingers upper_back mid_back low_back sacrum_si buttock tailbone upper_abdomen lower_abdomen
groin outside_hip thigh_front thigh_outside thigh_back thigh_inner knee_front knee_inner knee_outer knee_back shin
lower_leg_outside calf ankle_front ankle_outer ankle_inner heel arch ball_of_foot foot_top big_toe lesser_toes""".split()


def test_every_place_of_the_issue_is_a_region(geometry):
    assert set(REQUIRED_REGIONS) <= geometry.region_ids


@pytest.mark.parametrize("view", ["front", "back", "head"])
def test_regions_tile_the_body(geometry, view):
    v = geometry.views[view]
    covered = unary_union([s.polygon for s in v.regions])
    assert covered.intersection(v.silhouette).area / v.silhouette.area > 0.985
    # regions do not overlap each other (beyond drawing tolerance)
    total = sum(s.polygon.area for s in v.regions)
    assert total <= covered.area * 1.01


@pytest.mark.parametrize("view", ["front", "back"])
def test_left_and_right_are_mirror_images(geometry, view):
    v = geometry.views[view]
    right = {s.id: s.polygon for s in v.regions if s.side == "right"}
    left = {s.id: s.polygon for s in v.regions if s.side == "left"}
    assert right.keys() == left.keys()
    for rid, poly in right.items():
        assert abs(poly.area - left[rid].area) <= max(1.5, 0.01 * poly.area)
        assert abs((poly.centroid.x - 200) + (left[rid].centroid.x - 200)) < 1.0


def test_person_right_side_is_labelled_per_view(geometry):
    assert geometry.views["front"].person_right == "left"   # facing us
    assert geometry.views["back"].person_right == "right"   # seen from behind
    front_temple = [s for s in geometry.views["front"].regions if s.id == "shoulder_front" and s.side == "right"][0]
    assert front_temple.polygon.centroid.x < 200
    back = [s for s in geometry.views["back"].regions if s.id == "shoulder_back" and s.side == "right"][0]
    assert back.polygon.centroid.x > 200


def test_every_muscle_shape_is_inside_the_body(geometry):
    for v in geometry.views.values():
        for s in v.muscles:
            assert s.polygon.difference(v.silhouette.buffer(1.0)).area < 1.0, (v.name, s.id)


def test_curved_svg_paths_are_flattened(tmp_path: Path):
    svg = tmp_path / "body_front.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 1000" data-person-right="left">'
        '<path class="silhouette" d="M0,0 L400,0 L400,1000 L0,1000 Z"/>'
        '<path class="region" data-region="temple" data-side="right" '
        'd="M100,100 C100,44.8 144.8,0 200,0 C255.2,0 300,44.8 300,100 C300,155.2 255.2,200 200,200 '
        'C144.8,200 100,155.2 100,100 Z"/>'
        '<g class="muscle" data-muscle="m" data-depth="deep"><path class="shape" d="M10,10 Q50,0 90,10 L90,90 L10,90 Z"/></g>'
        "</svg>")
    view = load_view(svg, "front")
    circle = view.regions[0].polygon
    assert circle.area == pytest.approx(3.14159 * 100 ** 2, rel=0.02)
    assert view.muscles[0].depth == "deep"
    assert view.region_at(200, 100).id == "temple"
    assert view.region_at(5, 500) is None


def test_a_broken_drawing_is_reported_by_file(tmp_path: Path):
    svg = tmp_path / "body_front.svg"
    svg.write_text("<svg><path class='silhouette' d='M0,0 L1,1")
    with pytest.raises(GeometryError, match="body_front.svg"):
        load_view(svg, "front")


def test_region_labels_cover_the_drawings(geometry):
    import pandas as pd

    labels = set(pd.read_csv(DATA_DIR / "regions.csv")["id"])
    assert labels == set(geometry.region_ids)


def test_the_drawings_are_what_the_drawing_script_makes(tmp_path: Path):
    """assets/*.svg and tools/draw_body never disagree: a fresh build gives the committed files byte for byte."""
    from tools.draw_body.build import build
    from triggerpoints.atlas import ASSETS_DIR
    from triggerpoints.geometry import VIEW_FILES

    written = {p.name for p in build(tmp_path)}
    assert written >= {VIEW_FILES[v] for v in ("front", "back", "head")}
    assert written == {f for f in VIEW_FILES.values() if (ASSETS_DIR / f).exists()}, "a drawing is missing or extra"
    stale = [f for f in written if (tmp_path / f).read_bytes() != (ASSETS_DIR / f).read_bytes()]
    assert not stale, f"{stale} differ from a fresh build: run `.venv/bin/python -m tools.draw_body.build`"


def test_every_trigger_point_has_one_own_view_and_at_most_one_mark_per_view(atlas):
    for tp in atlas.trigger_points.values():
        marks = atlas.geometry.marks_of(tp.id)
        assert [m.primary for m in marks].count(True) == 1, tp.id
        assert len({m.view for m in marks}) == len(marks), tp.id
        own = atlas.geometry.primary_mark(tp.id)
        assert (own.view, own.x, own.y, own.owner) == (tp.view, tp.x, tp.y, tp.muscle_id)


def test_every_trigger_point_lies_inside_its_muscle_on_every_view_it_is_drawn_on(atlas):
    for view in atlas.geometry.views.values():
        for mark in view.marks:
            shapes = [s for s in view.muscles if s.id == mark.owner and s.side == "right"]
            assert any(s.contains(mark.x, mark.y) for s in shapes), (view.name, mark.tp)


def test_every_zone_belongs_to_a_trigger_point_of_its_muscle(atlas):
    for view in atlas.geometry.views.values():
        for zone in view.zones:
            tp = atlas.trigger_points.get(zone.tp)
            assert tp is not None and tp.muscle_id == zone.owner, (view.name, zone.tp)
            assert zone.polygon.is_valid and zone.polygon.area > 0


def _ankle(view, x0: float, x1: float):
    """The narrowest cut across the leg just above the foot: (cut, height above the floor / standing height)."""
    from shapely.geometry import LineString

    _, top, _, floor = view.silhouette.bounds
    height = floor - top
    best = None
    y = floor - 0.14 * height
    while y < floor - 0.02 * height:
        cut = view.silhouette.intersection(LineString([(x0, y), (x1, y)]))
        if best is None or cut.length < best[0].length:
            best = (cut, y)
        y += 0.5
    return best[0], (floor - best[1]) / height


ANKLE_SEARCH = {"front": (110, 200), "back": (200, 290), "lateral": (0, 400)}


@pytest.mark.parametrize("view", ["front", "back", "lateral"])
def test_the_ankle_sits_at_an_adult_height(geometry, view):
    """Adult proportions below the knee: the narrow of the ankle, just above the malleoli, lies about 5 % of
    the standing height above the floor (the malleoli themselves at about 4 %). The first drawings had it at
    9-10 %, a short shank on a tall foot."""
    _, ratio = _ankle(geometry.views[view], *ANKLE_SEARCH[view])
    assert 0.035 <= ratio <= 0.065, f"{view}: the ankle is {ratio:.1%} of the height above the floor"


def test_the_back_view_shows_heels_not_toes(geometry):
    """Seen from behind, the lowest point of each foot is the heel, under the ankle, not a toe tip off to one
    side (the front view's outline mirrored)."""
    v = geometry.views["back"]
    cut, _ = _ankle(v, *ANKLE_SEARCH["back"])
    ax0, _, ax1, _ = cut.bounds
    from shapely.geometry import box

    foot = v.silhouette.intersection(box(200, 900, 290, 1000))
    lowest = max(foot.exterior.coords if foot.geom_type == "Polygon" else
                 [c for g in foot.geoms for c in g.exterior.coords], key=lambda c: c[1])
    assert ax0 <= lowest[0] <= ax1, (lowest, (ax0, ax1))


def test_the_leg_warp_is_smooth_monotone_and_keeps_the_floor():
    """tools/draw_body/warp.py: nothing moves above the knee, the floor stays put, heights keep their order
    (no fold), and unwarp undoes it."""
    from tools.draw_body.warp import KNEE, unwarp_y, warp_y

    ys = [KNEE - 100 + 0.5 * i for i in range(700)]
    out = [warp_y(y) for y in ys]
    assert all(b > a for a, b in zip(out, out[1:]))
    assert all(warp_y(y) == y for y in ys if y <= KNEE)
    assert abs(warp_y(985) - 985) < 0.05
    assert warp_y(905) > 940            # the ankle comes down ...
    assert warp_y(981) - warp_y(955) < 14   # ... and the toes are foreshortened (26 units as authored)
    assert all(abs(unwarp_y(warp_y(y)) - y) < 0.01 for y in ys)
    steps = [(b - a) / 0.5 for a, b in zip(out, out[1:])]
    assert max(abs(b - a) for a, b in zip(steps, steps[1:])) < 0.05     # no kink (a jump in the stretch)


def test_the_geometry_is_kept_until_a_drawing_changes(tmp_path):
    """Reading the drawings takes seconds, so load_geometry keeps what it read; a drawing that is edited
    (another size or modification time) is read again."""
    import os
    import shutil

    from triggerpoints.atlas import ASSETS_DIR
    from triggerpoints.geometry import VIEW_FILES, load_geometry

    for f in VIEW_FILES.values():
        if (ASSETS_DIR / f).exists():
            shutil.copy(ASSETS_DIR / f, tmp_path / f)
    first = load_geometry(tmp_path)
    assert load_geometry(tmp_path) is first
    head = tmp_path / VIEW_FILES["head"]
    st = head.stat()
    os.utime(head, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    again = load_geometry(tmp_path)
    assert again is not first
    assert {s.id for s in again.views["head"].regions} == {s.id for s in first.views["head"].regions}

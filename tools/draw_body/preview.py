"""Quick preview of geometry: writes an SVG with given shapes and screenshots it with Chromium."""
import subprocess
import sys
from pathlib import Path


def poly_path(geom) -> str:
    polys = [geom] if geom.geom_type == "Polygon" else list(geom.geoms)
    out = []
    for p in polys:
        for ring in [p.exterior, *p.interiors]:
            c = list(ring.coords)
            out.append("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in c) + "Z")
    return " ".join(out)


def write_preview(layers, path, width=400, height=1000, scale=1.0):
    """layers: list of (geom, fill, stroke, dash)."""
    body = []
    for geom, fill, stroke, dash in layers:
        if geom is None or geom.is_empty:
            continue
        d = f' stroke-dasharray="{dash}"' if dash else ""
        body.append(f'<path d="{poly_path(geom)}" fill="{fill}" stroke="{stroke}" stroke-width="0.8"{d} fill-rule="evenodd"/>')
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width*scale}" height="{height*scale}"><rect width="100%" height="100%" fill="white"/>' + "".join(body) + "</svg>"
    Path(path).write_text(svg)


def screenshot(svg_path, png_path, w, h):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars", f"--window-size={w},{h}",
                    f"--screenshot={png_path}", f"file://{Path(svg_path).resolve()}"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

"""Decorative lines that make the figure read as a body: face, fingers, navel, knees."""
from __future__ import annotations


def _sym(points, view_w=400):
    """An open polyline on the right and its mirror image, as SVG path data."""
    a = "M" + " L".join(f"{x},{y}" for x, y in points)
    b = "M" + " L".join(f"{view_w - x},{y}" for x, y in points)
    return [a, b]


def details(view: str) -> dict:
    lines: list[str] = []
    if view == "front":
        lines += _sym([(168, 80), (175, 77), (183, 77), (189, 81)])          # upper eyelid
        lines += _sym([(169, 82), (176, 85), (183, 85), (189, 82)])          # lower eyelid
        lines += _sym([(165, 71), (175, 67), (188, 69)])                     # eyebrow
        lines += _sym([(195, 88), (194, 104), (190, 110), (196, 113)])       # side of nose
        lines += ["M186,124 L192,122 L200,123 L208,122 L214,124", "M188,125 L200,129 L212,125"]  # mouth
        lines += _sym([(196, 182), (170, 184), (140, 186), (116, 190)])      # clavicle
        lines += ["M198,392 Q200,396 202,392"]                               # navel
        lines += _sym([(150, 722), (158, 712), (168, 712), (174, 722), (168, 736), (156, 736), (150, 722)])  # kneecap
        lines += _sym([(48, 592), (51, 578)]) + _sym([(62, 596), (63, 580)]) + _sym([(71, 594), (70, 580)])  # fingers
        lines += _sym([(172, 970), (170, 985)]) + _sym([(162, 972), (161, 985)]) + _sym([(154, 972), (153, 984)])  # toes
    elif view == "back":
        lines += ["M200,160 L200,500"]                                        # spine
        lines += ["M200,505 L200,540"]                                        # gluteal cleft
        lines += _sym([(130, 548), (160, 560), (190, 548)])                  # gluteal fold
        lines += _sym([(52, 592), (51, 578)]) + _sym([(62, 596), (63, 580)]) + _sym([(71, 594), (70, 580)])
        lines += _sym([(150, 722), (176, 722)])                               # knee crease
    elif view == "head":
        lines += ["M248,142 L258,138 L270,138 L276,142", "M250,144 L262,148 L274,144"]  # eye
        lines += ["M246,128 L262,122 L282,126"]                               # eyebrow
        lines += ["M306,186 L298,188 L296,183"]                               # nostril
        lines += ["M300,213 L290,214"]                                         # lips
        lines += ["M176,152 Q190,150 192,168 Q190,186 180,194"]               # ear helix
        lines += ["M262,366 L296,380"]                                         # clavicle
    return {"lines": lines, "outlines": []}

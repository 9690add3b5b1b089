"""Lines that make the figure read as a body (face, creases, navel, kneecaps, fingers, toes), registered as
decor: on the person's right side, mirrored to the left on the front and back views."""
from __future__ import annotations

from .registry import decor


def _path(points):
    return [tuple(p) for p in points]


# front view
for points in (
    [(168, 80), (175, 77), (183, 77), (189, 81)],          # upper eyelid
    [(169, 82), (176, 85), (183, 85), (189, 82)],          # lower eyelid
    [(165, 71), (175, 67), (188, 69)],                     # eyebrow
    [(195, 88), (194, 104), (190, 110), (196, 113)],       # side of the nose
    [(196, 182), (170, 184), (140, 186), (116, 190)],      # clavicle
    [(150, 722), (158, 712), (168, 712), (174, 722), (168, 736), (156, 736), (150, 722)],  # kneecap
    [(48, 592), (51, 578)], [(62, 596), (63, 580)], [(71, 594), (70, 580)],              # fingers
    [(172, 970), (170, 985)], [(162, 972), (161, 985)], [(154, 972), (153, 984)],        # toes
):
    decor("front", "feature", _path(points))
decor("front", "feature", [(186, 124), (192, 122), (200, 123), (208, 122), (214, 124)], mirror=False)   # upper lip
decor("front", "feature", [(188, 125), (200, 129), (212, 125)], mirror=False)                          # lower lip
decor("front", "crease", [(198, 392), (200, 395), (202, 392)], mirror=False)                           # navel

# back view
decor("back", "crease", [(200, 160), (200, 500)], mirror=False)            # spine
decor("back", "crease", [(200, 505), (200, 540)], mirror=False)            # gluteal cleft
for points in ([(270, 548), (240, 560), (210, 548)],                       # gluteal fold
               [(348, 592), (349, 578)], [(338, 596), (337, 580)], [(329, 594), (330, 580)],   # fingers
               [(250, 722), (224, 722)]):                                  # knee crease
    decor("back", "crease", _path(points))

# head view (right side)
for points in ([(248, 142), (258, 138), (270, 138), (276, 142)], [(250, 144), (262, 148), (274, 144)],   # eye
               [(246, 128), (262, 122), (282, 126)],                                                   # eyebrow
               [(306, 186), (298, 188), (296, 183)],                                                   # nostril
               [(300, 213), (290, 214)],                                                               # lips
               [(176, 152), (184, 150), (190, 156), (192, 168), (190, 180), (185, 188), (180, 194)],   # ear helix
               [(262, 366), (296, 380)]):                                                              # clavicle
    decor("head", "feature", _path(points), mirror=False)

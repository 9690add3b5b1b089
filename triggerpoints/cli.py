"""Command line: `python -m triggerpoints COMMAND`.

    validate [DATA_DIR]                  check the data; exit 0, or 1 with every problem listed
    muscles [--json]                     every muscle
    regions [--json]                     every body region
    muscle ID [--json]                   one muscle with its trigger points and zones
    conditions [--json]                  every condition with its muscles
    coverage [--json]                    counts, and empty entries per column
    sources REGION [REGION ...] [--top N] [--json]
                                         muscles that commonly refer pain to those regions, best first
    search QUERY [--top N] [--json]      muscles, conditions and places for everyday words, best first
                                         (the ranking the app shows)

Every command ends quietly when its output is cut short (`... | head`).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .atlas import ASSETS_DIR, DATA_DIR, Atlas, load_atlas, validate_data
from .lookup import UnknownRegionError, coverage_report, rank_sources
from .schema import DataValidationError
from .search import search, suggest_muscles


def _table(rows: list[Sequence[object]], headers: Sequence[str]) -> str:
    cells = [[str(c) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    return "\n".join(out)


def _print_json(obj: object) -> None:
    print(json.dumps(obj, indent=2, ensure_ascii=False))


def cmd_validate(args: argparse.Namespace) -> int:
    tables, geometry, problems = validate_data(Path(args.data_dir), Path(args.assets))
    if problems:
        err = DataValidationError(problems)
        print(f"{len(err.problems)} problem(s) found in {args.data_dir}:", file=sys.stderr)
        for p in err.problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    n_m = len(tables["muscles.csv"])
    n_tp = len(tables["trigger_points.csv"])
    print(f"OK: {n_m} muscles, {n_tp} trigger points, {len(tables['conditions.csv'])} conditions, "
          f"{len(tables['regions.csv'])} regions, {len(tables['red_flags.csv'])} red flags")
    return 0


def cmd_muscles(atlas: Atlas, args: argparse.Namespace) -> int:
    muscles = atlas.muscles_by_name
    if args.json:
        _print_json([{"id": m.id, "name": m.name, "anatomical_name": m.anatomical_name, "synonyms": list(m.synonyms),
                      "body_area": m.body_area, "prevalence": m.prevalence, "views": list(m.views),
                      "trigger_points": len(m.trigger_points)} for m in muscles])
    else:
        print(_table([(m.id, m.name, m.body_area, len(m.trigger_points)) for m in muscles],
                     ("id", "name", "body area", "trigger points")))
    return 0


def cmd_regions(atlas: Atlas, args: argparse.Namespace) -> int:
    regions = sorted(atlas.regions.values(), key=lambda r: r.id)
    if args.json:
        _print_json([{"id": r.id, "label": r.label, "view": r.views[0] if r.views else None, "views": list(r.views),
                      "body_area": r.body_area, "synonyms": list(r.synonyms)} for r in regions])
    else:
        print(_table([(r.id, r.label, ", ".join(r.views)) for r in regions], ("id", "label", "views")))
    return 0


def cmd_muscle(atlas: Atlas, args: argparse.Namespace) -> int:
    muscle = atlas.muscle(args.id)
    if muscle is None:
        hint = suggest_muscles(atlas, args.id)
        msg = f"No muscle with id '{args.id}'."
        if hint:
            msg += " Did you mean: " + ", ".join(f"{m.id} ({m.name})" for m in hint) + "?"
        print(msg, file=sys.stderr)
        return 1
    if args.json:
        _print_json(muscle.to_dict())
        return 0
    print(f"{muscle.name} ({muscle.anatomical_name})")
    print(f"  {muscle.summary}")
    print()
    rows = [(tp.id, tp.view, f"{tp.x:g},{tp.y:g}", ", ".join(tp.essential), ", ".join(tp.spillover) or "(none shown)")
            for tp in muscle.trigger_points]
    print(_table(rows, ("trigger point", "view", "x,y", "essential zone", "spillover zone")))
    print()
    print("Conditions: " + ", ".join(atlas.conditions[c].name for c in muscle.conditions if c in atlas.conditions))
    print("Sources: " + "; ".join(f"{c.source_id}: {c.chapter}" for c in muscle.sources))
    return 0


def cmd_conditions(atlas: Atlas, args: argparse.Namespace) -> int:
    conditions = sorted(atlas.conditions.values(), key=lambda c: c.name.lower())
    if args.json:
        _print_json([c.to_dict() | {"muscles": list(c.muscles)} for c in conditions])
    else:
        print(_table([(c.id, c.name, len(c.muscles)) for c in conditions], ("id", "name", "muscles")))
    return 0


def cmd_coverage(atlas: Atlas, args: argparse.Namespace) -> int:
    report = coverage_report(atlas)
    if args.json:
        _print_json(report)
    else:
        print(f"muscles: {report['muscles']}  trigger points: {report['trigger_points']}  "
              f"conditions: {report['conditions']}  regions: {report['regions']}")
        print(f"trigger points with no spillover zone in the source: {report['spillover_none']}")
        for table, cols in report["empty"].items():
            print(f"{table}: " + ", ".join(f"{c}={n}" for c, n in cols.items()))
        print(f"empty entries in total: {report['empty_total']}")
    return 0 if report["empty_total"] == 0 else 1


def cmd_sources(atlas: Atlas, args: argparse.Namespace) -> int:
    try:
        ranked = rank_sources(atlas, args.regions, top=args.top)
    except UnknownRegionError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.json:
        _print_json([{"id": c.muscle.id, "name": c.muscle.name, "score": round(c.score, 3),
                      "matches": [{"region": m.region, "zone": m.zone, "trigger_point": m.trigger_point} for m in c.matches]}
                     for c in ranked])
    else:
        print(_table([(c.muscle.id, c.muscle.name, f"{c.score:.2f}",
                       ", ".join(f"{m.region} ({m.zone})" for m in c.matches)) for c in ranked],
                     ("id", "name", "score", "matches")))
    return 0


def cmd_search(atlas: Atlas, args: argparse.Namespace) -> int:
    results = search(atlas, " ".join(args.query), limit=args.top)
    if args.json:
        _print_json([r.to_dict() for r in results])
    elif results:
        print(_table([(r.kind, r.id, r.label, f"{r.score:.0f}", r.side or "") for r in results],
                     ("kind", "id", "label", "score", "side")))
    else:
        print("No match.", file=sys.stderr)
    return 0


def cmd_handout(atlas: Atlas, args: argparse.Namespace) -> int:
    """One page per muscle, for clinics that print many: written to --out, nothing else kept."""
    from .handout import HandoutError, muscle_handout

    try:
        pdf = muscle_handout(atlas, args.muscle, tp_id=args.tp, audience=args.audience, aftercare=args.aftercare,
                             paper=args.paper, side=args.side)
    except HandoutError as err:
        print(f"Cannot make the handout: {err}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.write_bytes(pdf)
    print(f"wrote {out} ({len(pdf) // 1024} kB, one page)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m triggerpoints", description="Trigger Point Explorer data tools.")
    parser.add_argument("--assets", default=str(ASSETS_DIR), help="folder with the body drawings (default: assets/)")
    parser.add_argument("--data", default=str(DATA_DIR), help="folder with the CSV files (default: data/)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate", help="check the CSV files and drawings")
    p.add_argument("data_dir", nargs="?", default=None)
    for name in ("muscles", "regions", "conditions", "coverage"):
        sub.add_parser(name).add_argument("--json", action="store_true")
    p = sub.add_parser("muscle")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("sources", help="rank muscles that refer pain to the given region ids")
    p.add_argument("regions", nargs="+")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("search", help="search muscles, conditions and body places in everyday words")
    p.add_argument("query", nargs="+", help="words, e.g. behind the knee")
    p.add_argument("--top", type=int, default=8)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("handout", help="write a one-page PDF handout about a muscle")
    p.add_argument("muscle", help="muscle id, e.g. infraspinatus")
    p.add_argument("--tp", help="only this trigger point's pattern")
    p.add_argument("--audience", choices=("patient", "clinician"), default="patient")
    p.add_argument("--aftercare", action="store_true", help="add the aftercare after an injection or dry needling")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--side", choices=("right", "left"), default="right", help="the side the pattern is drawn on")
    p.add_argument("--out", required=True, help="the PDF file to write")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; exit status 0, 1 (problems found) or 2 (bad arguments)."""
    try:
        status = _run(build_parser().parse_args(argv))
        sys.stdout.flush()   # inside the try: a closed pipe shows up on the flush
    except BrokenPipeError:
        # The reader stopped (`| head`): end quietly. Point both streams at /dev/null so that Python's own
        # flush at exit does not report the same broken pipe again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            os.dup2(devnull, stream.fileno())
        return 1
    return status


def _run(args: argparse.Namespace) -> int:
    if args.command == "validate":
        args.data_dir = args.data_dir or args.data
        return cmd_validate(args)
    try:
        atlas = load_atlas(Path(args.data), Path(args.assets))
    except DataValidationError as err:
        print(f"The data has {len(err.problems)} problem(s); run 'python -m triggerpoints validate' for the list.",
              file=sys.stderr)
        for p in err.problems[:10]:
            print(f"  {p}", file=sys.stderr)
        return 1
    handlers = {"muscles": cmd_muscles, "regions": cmd_regions, "muscle": cmd_muscle, "conditions": cmd_conditions,
                "coverage": cmd_coverage, "sources": cmd_sources, "search": cmd_search, "handout": cmd_handout}
    return handlers[args.command](atlas, args)

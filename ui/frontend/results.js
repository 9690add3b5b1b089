// What a pain drawing points to: the muscles Python ranked (triggerpoints.lookup.rank_sources), each with
// the reason in plain words, the warning signs for the marked places, and nearby places when nothing matches.
// The words follow lookup.explain and ui marked_places; a browser test holds them to Python's.

import { el, icon, joinWords } from "./dom.js";
import { flagBoxes, handoutBar } from "./detail.js";

const ZONE_WORDS = { e: "main zone", s: "sometimes", l: "where the trigger point lies" };

function capitalize(text) {
  // like Python's str.capitalize(): the first letter up, the rest down
  return text ? text[0].toUpperCase() + text.slice(1).toLowerCase() : text;
}

function sidesOf(marked) {
  const sides = {};
  for (const [region, side] of marked) {
    const s = side === "midline" ? "" : side;
    sides[region] = region in sides && sides[region] !== s ? "both" : s;
  }
  return sides;
}

export function markedPlaces(table, marked) {
  const byRegion = new Map();
  for (const [region, side] of marked) {
    if (!byRegion.has(region)) byRegion.set(region, new Set());
    byRegion.get(region).add(side);
  }
  const label = (r) => table.regions[r] || r;
  return [...byRegion.entries()].sort((a, b) => (label(a[0]) < label(b[0]) ? -1 : label(a[0]) > label(b[0]) ? 1 : 0))
    .map(([region, sides]) => {
      const l = label(region).toLowerCase();
      if (sides.has("right") && sides.has("left")) return `${l} (both sides)`;
      if (sides.has("midline")) return l;
      return `${[...sides][0]} ${l}`;
    }).join(", ");
}

export function explain(table, matches, sides) {
  const place = (region) => {
    const side = sides[region];
    const l = (table.regions[region] || region).toLowerCase();
    if (side === "both") return `${l} on both sides`;
    return side ? `${side} ${l}` : l;
  };
  const referred = matches.filter(([, z]) => z !== "l");
  const local = matches.filter(([, z]) => z === "l");
  const parts = [];
  if (referred.length) parts.push(`commonly sends pain to your ${joinWords(referred.map(([r, z]) => `${place(r)} (${ZONE_WORDS[z]})`))}`);
  if (local.length) parts.push(`has trigger points right in your ${joinWords(local.map(([r]) => place(r)))}`);
  return `${capitalize(parts.join("; "))}.`;
}

function parseMatches(code) {
  return code.split(",").filter(Boolean).map((m) => m.split(":"));
}

export function renderResults(table, data, { shown, onShow, onOpen, onClear, onSummary }) {
  const marked = data.marked || [];
  const root = el("section", { class: "tpe-results", "aria-label": "What your drawing points to" });
  if (!marked.length) {
    root.append(el("p", { class: "tpe-note" }, icon("soon"), document.createTextNode(" Nothing marked yet. Tap the body or type a place.")));
    return root;
  }
  root.append(el("h2", { text: "What we found" }),
    el("p", {}, el("strong", { text: "You marked: " }), document.createTextNode(markedPlaces(table, marked))),
    el("div", { class: "tpe-results-actions" },
      el("button", { type: "button", class: "tpe-btn", "data-action": "clear-drawing", text: "Clear my drawing", onclick: onClear }),
      onSummary ? handoutBar("Download a summary for my clinician (PDF)", onSummary) : null));
  const flags = data.flags || [];
  if (flags.length) {
    root.append(el("h3", { text: "Get help first if you notice" }));
    const emergencies = flags.filter((id) => table.flags[id]?.urgency === "emergency");
    if (emergencies.length) {
      root.append(el("div", { class: "tpe-flag urgency-emergency", role: "note" }, icon("emergency"),
        el("div", { class: "tpe-flag-body" }, el("p", {}, el("strong", { text: "Call emergency services now if:" })),
          el("ul", {}, ...emergencies.map((id) => el("li", { text: table.flags[id].title.toLowerCase() }))))));
    }
    root.append(el("details", { class: "tpe-warnings" }, el("summary", { text: `Warning signs for these places (${flags.length})` }),
      ...flagBoxes(table, flags)));
  }
  root.append(el("h3", { text: "Muscles that commonly send pain there" }));
  const candidates = data.candidates || [];
  if (!candidates.length) {
    let text = "We did not find a muscle in our atlas that commonly refers pain to exactly these places. "
      + "That does not mean nothing is wrong; please talk to a clinician.";
    if (data.nearby?.length) text += ` You could also check nearby places: ${data.nearby.map((r) => (table.regions[r] || r).toLowerCase()).join(", ")}.`;
    root.append(el("p", { class: "tpe-nothing", text }));
    return root;
  }
  const sides = sidesOf(marked);
  const list = el("ol", { class: "tpe-candidates" });
  candidates.forEach(([id, code], i) => {
    const on = shown === id;
    list.append(el("li", { class: `tpe-candidate${on ? " is-shown" : ""}`, "data-candidate": id },
      el("p", {}, el("strong", { class: "tpe-candidate-name", text: `${i + 1}. ${table.muscles[id] || id}` })),
      el("p", { class: "tpe-reason", text: explain(table, parseMatches(code), sides) }),
      el("div", { class: "tpe-candidate-actions" },
        el("button", { type: "button", class: `tpe-btn${on ? " is-primary" : ""}`, "aria-pressed": String(on), "data-action": "show",
          text: on ? "Shown on the drawing" : "Show on drawing", onclick: () => onShow(id) }),
        el("a", { href: `/?muscle=${encodeURIComponent(id)}`, class: "tpe-link", "data-open": "muscle", "data-id": id,
          onclick: (e) => { e.preventDefault(); onOpen("muscle", id); } }, icon("link"), document.createTextNode("Full detail")))));
  });
  root.append(list, el("p", { class: "tpe-caption", text: "Ranked by how much of your drawing each muscle explains (a main zone counts "
    + "more than “sometimes”), then by how often the muscle is involved in practice." }));
  return root;
}

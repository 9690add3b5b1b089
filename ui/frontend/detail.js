// The detail of one muscle, drawn from the table the page was sent once, so a click answers at once.
// Patient wording; the clinician view adds attachments, palpation, needling precautions and aftercare.

import { el, icon, joinWords } from "./dom.js";

const URGENCY_ORDER = ["emergency", "urgent", "soon"];

function section(title, ...body) {
  return [el("h3", { text: title }), ...body];
}

function para(text, cls) {
  return el("p", { class: cls, text });
}

export function flagBoxes(table, ids) {
  // Warning signs, one box per urgency, emergency first.
  const out = [];
  for (const urgency of URGENCY_ORDER) {
    const flags = ids.map((id) => table.flags[id]).filter((f) => f && f.urgency === urgency);
    if (!flags.length) continue;
    const box = el("div", { class: `tpe-flag urgency-${urgency}`, role: "note", "data-urgency": urgency },
      icon(urgency === "soon" ? "soon" : urgency));
    const body = el("div", { class: "tpe-flag-body" });
    for (const f of flags) {
      body.append(el("p", {},
        el("strong", { text: f.title }), document.createTextNode(` (${table.urgency[f.urgency]}). `),
        el("span", { class: "tpe-flag-signs", text: `${f.signs} ` }),
        el("strong", { text: "What to do:" }), document.createTextNode(` ${f.action}`)));
    }
    box.append(body);
    out.push(box);
  }
  return out;
}

function blocks(list) {
  // Our own simple Markdown (content/*.md), already split into blocks by the server.
  const out = [];
  for (const [kind, value] of list) {
    if (kind === "heading") out.push(el("h4", { text: value }));
    else if (kind === "subheading") out.push(el("p", {}, el("strong", { text: value })));
    else if (kind === "paragraph") out.push(para(value));
    else if (kind === "list") out.push(el("ul", {}, ...value.map((item) => el("li", { text: item }))));
  }
  return out;
}

export function handoutBar(label, onDownload, { aftercare = false } = {}) {
  // Paper size, aftercare (when the clinician ticks that it was done) and the button; the PDF is made by the
  // server in memory and handed to this page, nothing is kept.
  const paper = el("select", { class: "tpe-handout-paper", "aria-label": "Paper size", "data-control": "paper" },
    el("option", { value: "a4", text: "A4" }), el("option", { value: "letter", text: "Letter" }));
  const after = aftercare ? el("input", { type: "checkbox", class: "tpe-handout-aftercare", id: `aftercare-${Math.random().toString(36).slice(2, 7)}` }) : null;
  const bar = el("div", { class: "tpe-handout", role: "group", "aria-label": "Handout" },
    el("button", { type: "button", class: "tpe-btn", "data-action": "handout", text: label,
      onclick: (e) => { e.currentTarget.textContent = "Making the PDF…"; onDownload({ paper: paper.value, aftercare: Boolean(after?.checked) }); } }),
    el("label", { class: "tpe-handout-opt" }, document.createTextNode("Paper "), paper));
  if (after) bar.append(el("label", { class: "tpe-handout-opt", for: after.id }, after, document.createTextNode(" Injection or dry needling done today (adds aftercare)")));
  return bar;
}

export function renderDetail(table, id, { tp = "", clinician = false, anchor = "muscle-detail", onOpen, onHandout }) {
  const m = table.details[id];
  if (!m) return null;
  const root = el("section", { class: "tpe-detail", id: anchor, "aria-label": `${m.name}: detail`, tabindex: "-1" });
  root.append(el("h2", { class: "tpe-detail-name", text: m.name }));
  root.append(el("p", { class: "tpe-detail-also" },
    el("em", { text: m.anatomical + (m.also.length ? ` · also called ${m.also.join(", ")}` : "") })));
  root.append(para(m.summary));
  if (m.basis) root.append(el("p", { class: "tpe-basis" }, el("strong", { text: "How this pattern is drawn. " }), document.createTextNode(m.basis)));
  if (onHandout) root.append(handoutBar("Download handout (PDF)", onHandout, { aftercare: true }));

  const tps = el("ul", { class: "tpe-tp-list" });
  for (const t of m.tps) {
    const li = el("li", { class: t.id === tp ? "is-active" : "", "data-tp-item": t.id },
      el("strong", { text: t.label }), document.createTextNode(`: ${t.location}`));
    li.append(el("div", { class: "tpe-zone-line" }, el("span", { class: "tpe-swatch swatch-essential", "aria-hidden": "true" }),
      document.createTextNode("Commonly refers pain to: "), el("strong", { text: t.essential.join(", ") || "not shown in the source" })));
    if (t.spillover.length) {
      li.append(el("div", { class: "tpe-zone-line" }, el("span", { class: "tpe-swatch swatch-spillover", "aria-hidden": "true" }),
        document.createTextNode(`Sometimes also: ${t.spillover.join(", ")}`)));
    }
    if (clinician) li.append(el("div", { class: "tpe-palpation" }, el("em", { text: "Palpation: " }), document.createTextNode(t.palpation)));
    tps.append(li);
  }
  root.append(...section("Trigger points and where they send pain", tps));
  root.append(...section("What people often feel", para(m.symptoms)));
  root.append(el("div", { class: "tpe-two-cols" },
    el("div", {}, ...section("What makes it worse", para(m.aggravating))),
    el("div", {}, ...section("What keeps it coming back", para(m.perpetuating)))));
  // Said once: most self-care texts already say when to stop.
  const caution = /\bstop\b/i.test(m.self_care) ? [] :
    [para("Stop any exercise that causes sharp pain, numbness or tingling, and ask a clinician.", "tpe-caution")];
  root.append(...section("What you can try yourself", para(m.self_care), ...caution));

  if (m.conditions.length) {
    const links = el("ul", { class: "tpe-links" });
    for (const c of m.conditions) {
      links.append(el("li", {}, el("a", { href: `/conditions?condition=${encodeURIComponent(c)}`, "data-open": "condition",
        "data-id": c, onclick: (e) => { e.preventDefault(); onOpen?.("condition", c); } }, icon("link"), document.createTextNode(table.conditions[c] || c))));
    }
    root.append(el("div", { class: "tpe-linked" }, ...section("Often linked to", links)));
  }
  if (clinician) {
    const aftercare = el("details", { class: "tpe-aftercare" },
      el("summary", { text: "Aftercare to explain after trigger point injection or dry needling" }), ...blocks(table.aftercare));
    root.append(...section("For clinicians",
      el("p", {}, el("strong", { text: "Attachments. " }), document.createTextNode(m.attachments)),
      el("p", {}, el("strong", { text: "Action. " }), document.createTextNode(m.action)),
      el("p", {}, el("strong", { text: "Needling and injection precautions. " }), document.createTextNode(m.needling)),
      el("p", {}, el("strong", { text: "Differential diagnosis. " }), document.createTextNode(m.differentials)),
      aftercare));
  }
  const flags = flagBoxes(table, m.flags);
  if (flags.length) root.append(...section("When to get medical help", ...flags));
  root.append(el("details", { class: "tpe-sources" },
    el("summary", { text: clinician ? "Sources and notes on the evidence" : "Sources" }),
    el("ul", {}, ...m.sources.map(([citation, chapter]) => el("li", {}, document.createTextNode(`${citation} Chapter: `),
      el("em", { text: chapter }), document.createTextNode(".")))),
    el("p", { class: "tpe-source-notes" }, el("strong", { text: "Notes. " }), document.createTextNode(m.notes))));
  return root;
}

export function howToUse(onOpen) {
  return el("section", { class: "tpe-detail tpe-howto", "aria-label": "How to use the map" },
    el("h2", { text: "How to use the map" }),
    el("ul", {},
      el("li", {}, el("strong", { text: "Click a muscle" }), document.createTextNode(" on the front, back or head view, or find one by name above the map.")),
      el("li", {}, document.createTextNode("The "), el("strong", { text: "X marks" }),
        document.createTextNode(" show its trigger points. Solid red shows where it commonly refers pain; dotted red shows where some people also feel it.")),
      el("li", {}, el("strong", { text: "Deep" }), document.createTextNode(" shows the muscles under others; "),
        el("strong", { text: "Zoom to" }), document.createTextNode(" brings the small muscles of the hand, foot and face within reach; "),
        el("strong", { text: "Present" }), document.createTextNode(" shows one view full screen.")),
      el("li", {}, document.createTextNode("Switch "), el("strong", { text: "Detail for" }),
        document.createTextNode(" to Clinician for palpation, needling precautions and aftercare.")),
      el("li", {}, document.createTextNode("Not sure which muscle? Try "), el("a", { href: "/pain_drawing", text: "Where does it hurt?",
        "data-open": "page", "data-id": "pain_drawing", onclick: (e) => { e.preventDefault(); onOpen?.("page", "pain_drawing"); } }),
        document.createTextNode("."))));
}

export { joinWords };

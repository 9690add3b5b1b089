// The body map: the browser half of the `tpe.body_map` Streamlit component (no build step).
//
// It fetches the project's SVG views (assets/*.svg) once per page load, draws them in the
// page and, on every rerun, only applies the highlight that Python sends (a few hundred
// bytes). The drawn paths are the click targets: the browser's own hit testing decides what
// is under the pointer. A click changes the picture at once (the zones and marks of every
// muscle are in the SVG already) and tells Python what was chosen; Python's answer carries
// the number of the last click it has seen, so an older answer never undoes a newer click.
//
// DOM contract (tests and assistive technology rely on it):
//   root .tpe-map [data-mode] [data-selected="ID" | ""] [data-marked="region:side,..."] [data-tp]
//   muscles  [data-muscle][data-side][data-depth]   marks [data-tp]   zones [data-zone][data-tp][data-view]
//   regions  [data-region][data-side] (pain drawing)

import { el, svgEl } from "./dom.js";
import { Finder } from "./finder.js";
import { howToUse, renderDetail } from "./detail.js";
import { renderResults } from "./results.js";

const VIEWS_BASE = new URL("../tpe.views/", import.meta.url);
const PHONE_WIDTH = 640;             // below this window width the views become tabs
const MARK_PX = 15;                   // on-screen size of a trigger point X, whatever the zoom
const STEADY_VIEWS = ["front", "back"];   // shown whatever is chosen (the side and head views follow the choice)
const MARK_GAP_PX = 23;               // two shown marks keep their centres this far apart on screen

const svgText = new Map();            // file -> Promise<string>, fetched once per page load
const staticTables = new Map();       // hash -> {muscles: {id: name}, regions: {id: label}}
const instances = new WeakMap();      // parentElement -> MapInstance
const remembered = new Map();         // component key -> toolbar state kept across remounts
const clickCounts = new Map();        // component key -> clicks sent (the count goes on when a page comes back)

function fetchView(file) {
  if (!svgText.has(file)) {
    svgText.set(file, fetch(new URL(file, VIEWS_BASE)).then((r) => {
      if (!r.ok) throw new Error(`could not load ${file} (${r.status})`);
      return r.text();
    }));
  }
  return svgText.get(file);
}

// The drawing's look (assets/drawing.css) and its paints (assets/drawing_defs.svg): shared with the printed
// handout, loaded once per page.
function loadDrawingStyle(root) {
  if (!document.getElementById("tpe-drawing-css")) {
    document.head.append(el("link", { rel: "stylesheet", id: "tpe-drawing-css", href: new URL("drawing.css", VIEWS_BASE).href }));
  }
  if (!document.getElementById("tpe-muscle-shade")) {
    fetchView("drawing_defs.svg").then((text) => {
      if (document.getElementById("tpe-muscle-shade")) return;
      const defs = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
      const holder = document.importNode(defs, true);
      holder.setAttribute("style", "position:absolute;width:0;height:0;overflow:hidden");
      root.prepend(holder);
    });
  }
}

const flipSide = (s) => (s === "right" ? "left" : s === "left" ? "right" : s);

// ---------------------------------------------------------------- one view panel

class ViewPanel {
  constructor(map, spec) {
    this.map = map;
    this.spec = spec;                  // {id, file, title, short, profile, mirror}
    this.id = spec.id;
    this.root = el("figure", { class: "tpe-view", "data-view-panel": spec.id });
    this.caption = el("figcaption", { class: "tpe-view-title", text: spec.title });
    this.stage = el("div", { class: "tpe-stage" });
    this.labelA = el("span", { class: "tpe-side-label at-left", "aria-hidden": "true" });
    this.labelB = el("span", { class: "tpe-side-label at-right", "aria-hidden": "true" });
    this.root.append(this.caption, this.stage);
    this.stage.append(this.labelA, this.labelB);
    this.svg = null;
    this.mirrored = false;
    this.focusBoxes = {};
    this.touches = new Map();
    this.pinch = null;
  }

  async load() {
    const text = await fetchView(this.spec.file);
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    if (doc.querySelector("parsererror")) throw new Error(`${this.spec.file} is not a valid SVG`);
    const svg = document.importNode(doc.documentElement, true);
    svg.querySelector("title")?.remove();
    svg.querySelectorAll("style").forEach((n) => n.remove());   // a designer's preview look; drawing.css is the app's
    svg.setAttribute("class", `tpe-svg mode-${this.map.data.mode}`);
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", this.spec.title);
    svg.setAttribute("data-view", this.spec.view || this.id);
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    const [, , w, h] = svg.getAttribute("viewBox").split(/[ ,]+/).map(Number);
    this.width = w;
    this.height = h;
    this.midline = Number(svg.getAttribute("data-midline") || w / 2);
    this.drawnPersonRight = svg.getAttribute("data-person-right") || "left";
    const focus = svg.querySelector("#focus");
    for (const r of focus?.querySelectorAll("[data-focus]") || []) {
      this.focusBoxes[r.getAttribute("data-focus")] = ["x", "y", "width", "height"].map((a) => Number(r.getAttribute(a)));
    }
    focus?.remove();
    // Everything drawn goes in one group, which is mirrored to show the other side of a profile view.
    this.content = svgEl("g", { class: "tpe-content" });
    for (const child of [...svg.childNodes]) if (child.nodeName !== "defs") this.content.append(child);
    svg.append(this.content);
    // Ids must stay unique when several views (or the same view twice) are in the page.
    svg.querySelectorAll("[id]").forEach((n) => n.setAttribute("id", `${this.id}--${n.getAttribute("id")}`));
    const zones = svg.querySelector(`[id="${this.id}--zones"]`);
    const marks = svg.querySelector(`[id="${this.id}--marks"]`);
    // The drawn pattern lives on the person's right; a mirrored copy shows it on the left.
    this.patternRight = svgEl("g", { class: "tpe-pattern", "data-pattern-side": "right" });
    this.patternLeft = svgEl("g", { class: "tpe-pattern", "data-pattern-side": "left",
      transform: `translate(${2 * this.midline} 0) scale(-1 1)` });
    this.outline = svgEl("g", { class: "tpe-chosen-outline", "aria-hidden": "true" });
    this.veil = svgEl("rect", { class: "tpe-veil", x: 0, y: 0, width: w, height: h, "aria-hidden": "true" });
    this.content.append(this.veil, this.outline, this.patternRight, this.patternLeft);
    if (zones) this.patternRight.append(zones);
    if (marks) this.patternRight.append(marks);
    this.svg = svg;
    this.index();
    this.label(svg);
    this.stage.prepend(svg);
    this.mirrored = null;               // neither side yet: setMirror draws one
    this.setMirror(Boolean(this.spec.mirror));
  }

  index() {
    // Lookups built once, so a click touches only what changes.
    const group = (nodes, attr) => {
      const map = new Map();
      for (const n of nodes) {
        const k = n.getAttribute(attr);
        if (!map.has(k)) map.set(k, []);
        map.get(k).push(n);
      }
      return map;
    };
    this.muscles = [...this.svg.querySelectorAll("[data-muscle]")];
    this.regions = [...this.svg.querySelectorAll("[data-region]")];
    this.byMuscle = group(this.muscles, "data-muscle");
    this.zonesByOwner = group(this.patternRight.querySelectorAll(".zone"), "data-owner");
    this.marksByOwner = group(this.patternRight.querySelectorAll(".mark"), "data-owner");
    this.lit = [];                        // what the last highlight switched on, switched off by the next
  }

  label(svg) {
    const names = this.map.table?.muscles || {};
    const regionLabels = this.map.table?.regions || {};
    for (const m of svg.querySelectorAll("[data-muscle]")) {
      m.setAttribute("data-name", names[m.getAttribute("data-muscle")] || m.getAttribute("data-muscle"));
    }
    for (const r of svg.querySelectorAll("[data-region]")) {
      r.setAttribute("data-name", regionLabels[r.getAttribute("data-region")] || r.getAttribute("data-region"));
    }
    this.nameTargets();
  }

  nameTargets() {
    if (!this.svg) return;
    const where = this.spec.profile ? "" : `, ${this.spec.title.toLowerCase()} view`;
    for (const m of this.svg.querySelectorAll("[data-muscle]")) {
      m.setAttribute("aria-label", `${m.getAttribute("data-name")}, ${m.getAttribute("data-side")} side${where}`);
    }
    for (const r of this.svg.querySelectorAll("[data-region]")) {
      const side = r.getAttribute("data-side");
      r.setAttribute("aria-label", side === "midline" ? r.getAttribute("data-name") : `${r.getAttribute("data-name")}, ${side} side`);
    }
  }

  get personRight() {
    return this.mirrored ? (this.drawnPersonRight === "left" ? "right" : "left") : this.drawnPersonRight;
  }

  setMirror(on) {
    // A profile view is drawn from the person's right; its left is the mirror image.
    if (!this.svg || on === this.mirrored) return;
    const flip = this.mirrored !== null || on;      // the file is drawn unmirrored
    this.mirrored = on;
    this.content.setAttribute("transform", on ? `translate(${2 * this.midline} 0) scale(-1 1)` : "");
    if (flip) this.content.querySelectorAll("[data-side]").forEach((n) => n.setAttribute("data-side", flipSide(n.getAttribute("data-side"))));
    this.root.setAttribute("data-shows", on ? "left" : "right");
    if (this.spec.profile) this.caption.textContent = `${this.spec.title}, ${on ? "left" : "right"} side`;
    this.nameTargets();
    this.setViewBox(this.focus);
  }

  setViewBox(focus) {
    if (!this.svg) return;
    this.focus = focus;
    let box = (focus && this.focusBoxes[focus]) || [0, 0, this.width, this.height];
    if (this.mirrored && box[2] < this.width) box = [2 * this.midline - box[0] - box[2], box[1], box[2], box[3]];
    this.applyBox(box);
  }

  applyBox(box) {
    this.box = box;
    this.svg.setAttribute("viewBox", box.map((v) => Math.round(v * 10) / 10).join(" "));
    this.stage.style.aspectRatio = `${box[2]} / ${box[3]}`;
    this.root.classList.toggle("is-zoomed", box[2] < this.width - 1 || box[3] < this.height - 1);
    this.updateLabels();
    this.updateMarkScale();
  }

  updateLabels() {
    if (!this.box) return;
    if (this.spec.profile) {
      this.labelA.textContent = `Person's ${this.mirrored ? "left" : "right"} side`;
      this.labelB.textContent = "";
      return;
    }
    const [x, , w] = this.box;
    const onViewerLeft = this.personRight === "left" ? "right" : "left";    // whose side the viewer's left shows
    const onViewerRight = onViewerLeft === "right" ? "left" : "right";
    const seesLeftHalf = x < this.midline - 2;
    const seesRightHalf = x + w > this.midline + 2;
    const cap = (s) => s[0].toUpperCase() + s.slice(1);
    if (seesLeftHalf && seesRightHalf) {
      this.labelA.textContent = cap(onViewerLeft);
      this.labelB.textContent = cap(onViewerRight);
    } else {
      this.labelA.textContent = `Person's ${seesLeftHalf ? onViewerLeft : onViewerRight} side`;
      this.labelB.textContent = "";
    }
  }

  updateMarkScale() {
    if (!this.svg || !this.box) return;
    const px = this.stage.getBoundingClientRect().width;
    if (!px) return;
    const unitsPerPx = Math.max(this.box[2] / px, this.box[3] / (this.stage.getBoundingClientRect().height || px));
    this.svg.style.setProperty("--mark-scale", String((MARK_PX * unitsPerPx) / 8.4));
    this.svg.style.setProperty("--px", String(unitsPerPx));
    this.unitsPerPx = unitsPerPx;
    this.spreadMarks();
  }

  // Marks of one muscle that would touch at this zoom are moved apart, each with a leader
  // line back to its point, so every X stays visible and clickable.
  spreadMarks() {
    if (!this.svg || !this.unitsPerPx) return;
    const gap = MARK_GAP_PX * this.unitsPerPx;
    for (const layer of [this.patternRight, this.patternLeft]) {
      const marks = [...layer.querySelectorAll(".mark.is-shown")];
      const pts = marks.map((m) => [Number(m.getAttribute("data-x")), Number(m.getAttribute("data-y"))]);
      const shown = pts.map((p) => [...p]);
      for (let round = 0; round < 80; round++) {
        let moved = false;
        for (let i = 0; i < shown.length; i++) {
          for (let j = i + 1; j < shown.length; j++) {
            let dx = shown[j][0] - shown[i][0];
            let dy = shown[j][1] - shown[i][1];
            let dist = Math.hypot(dx, dy);
            if (dist >= gap) continue;
            if (dist < 1e-6) { dx = 0; dy = 1; dist = 1; }
            const push = (gap - dist) / 2 + 0.01;
            shown[i][0] -= (dx / dist) * push; shown[i][1] -= (dy / dist) * push;
            shown[j][0] += (dx / dist) * push; shown[j][1] += (dy / dist) * push;
            moved = true;
          }
        }
        if (!moved) break;
      }
      marks.forEach((m, i) => {
        const [x, y] = shown[i];
        m.querySelector(".mark-pos")?.setAttribute("transform", `translate(${x.toFixed(1)} ${y.toFixed(1)})`);
        const far = Math.hypot(x - pts[i][0], y - pts[i][1]) > 0.5;
        m.querySelector(".mark-leader")?.setAttribute("d", far ? `M${pts[i][0]},${pts[i][1]} L${x.toFixed(1)},${y.toFixed(1)}` : "");
      });
    }
  }

  // Two fingers pinch-zoom this view; one finger still scrolls the page and taps.
  onPointer(ev) {
    if (ev.pointerType !== "touch" || !this.svg) return;
    if (ev.type === "pointerdown" || (ev.type === "pointermove" && this.touches.has(ev.pointerId))) {
      this.touches.set(ev.pointerId, [ev.clientX, ev.clientY]);
    } else if (ev.type === "pointerup" || ev.type === "pointercancel") {
      this.touches.delete(ev.pointerId);
      this.pinch = null;
    }
    if (this.touches.size !== 2) return;
    const [a, b] = [...this.touches.values()];
    const dist = Math.hypot(a[0] - b[0], a[1] - b[1]);
    const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    if (!this.pinch) { this.pinch = { dist, mid, box: [...this.box] }; return; }
    ev.preventDefault();
    const rect = this.stage.getBoundingClientRect();
    const [bx, by, bw, bh] = this.pinch.box;
    const scale = Math.min(Math.max(this.pinch.dist / Math.max(dist, 1), 0.1), this.width / bw);
    const w = Math.min(this.width, bw * scale);
    const h = Math.min(this.height, bh * scale);
    const fx = (this.pinch.mid[0] - rect.left) / rect.width;
    const fy = (this.pinch.mid[1] - rect.top) / rect.height;
    // The point under the fingers' midpoint stays put, and follows them when they move.
    const shiftX = ((mid[0] - this.pinch.mid[0]) / rect.width) * w;
    const shiftY = ((mid[1] - this.pinch.mid[1]) / rect.height) * h;
    const x = Math.min(Math.max(bx + fx * (bw - w) - shiftX, 0), this.width - w);
    const y = Math.min(Math.max(by + fy * (bh - h) - shiftY, 0), this.height - h);
    this.applyBox([x, y, w, h]);
  }
}

// ---------------------------------------------------------------- the map

class MapInstance {
  constructor(parent) {
    this.parent = parent;
    this.data = {};
    this.table = null;
    this.panels = [];
    this.built = false;
    this.local = null;                     // what the last click chose, until Python confirms it
    this.ui = { layer: "surface", focus: "whole", side: "right", tab: 0, present: false, audience: "patient" };
    this.root = el("div", { class: "tpe-map", role: "region", "data-selected": "", "data-mode": "" });
    this.toolbar = el("div", { class: "tpe-toolbar", role: "toolbar", "aria-label": "Map controls" });
    this.chips = el("div", { class: "tpe-chips", role: "radiogroup", "aria-label": "Show the pattern of", hidden: true });
    this.tabs = el("div", { class: "tpe-tabs", role: "tablist", "aria-label": "Views" });
    this.viewsBox = el("div", { class: "tpe-views" });
    this.status = el("div", { class: "tpe-status", "aria-live": "polite" });
    this.legend = el("div", { class: "tpe-legend", role: "list", "aria-label": "Map legend" });
    this.below = el("div", { class: "tpe-below" });      // the detail (body map) or the results (pain drawing)
    this.tooltip = el("div", { class: "tpe-tooltip", role: "tooltip", hidden: true });
    this.root.append(this.toolbar, this.chips, this.tabs, this.viewsBox, this.status, this.legend, this.tooltip);
    parent.append(this.root, this.below);
    loadDrawingStyle(this.root);
    this.bindEvents();
    this.resizeObserver = new ResizeObserver(() => this.layout());
    this.resizeObserver.observe(this.root);
  }

  // ------------------------------------------------------------ data from Python

  async update(data, setTrigger) {
    this.setTrigger = setTrigger;
    if (data.static) staticTables.set(data.static_hash, data.static);
    const part = staticTables.get(data.static_hash);
    this.data = { ...data, ...(part?.setup || {}) };
    if (!part) {
      // This page lost what it was sent once (a reconnect): ask for it again, and wait.
      if (this.askedFor !== data.static_hash) {
        this.askedFor = data.static_hash;
        this.send({ type: "need_static" });
      }
      return;
    }
    if (part.table !== this.table) {
      this.table = part.table;
      this.panels.forEach((p) => p.svg && p.label(p.svg));
      this.finder?.setItems(this.finderItems());
    }
    if (!this.built) {
      this.built = true;
      const kept = remembered.get(data.key);
      if (kept) Object.assign(this.ui, kept);
      this.root.setAttribute("data-mode", this.data.mode);
      this.root.setAttribute("aria-label", this.data.label || "Body map");
      for (const [k, v] of Object.entries(this.data.sizes || {})) this.root.style.setProperty(`--${k}-h`, `${v}px`);
      this.buildToolbar();
      this.buildLegend();
      this.loading = this.buildViews();
    } else if (this.viewsChanged(this.data.views)) {
      this.loading = this.buildViews();
    }
    await this.loading;
    if (data.download && data.download.token !== this.downloaded) this.saveDownload(data.download);
    if (this.local && (data.ack || 0) >= this.local.seq) this.local = null;
    this.root.toggleAttribute("data-pending", Boolean(this.local));
    this.apply();
  }

  saveDownload(download) {
    // A PDF the server made in memory for this page: saved by the browser, kept nowhere else.
    this.downloaded = download.token;
    const bytes = Uint8Array.from(atob(download.data), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
    const a = el("a", { href: url, download: download.name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.below.querySelectorAll('[data-action="handout"]').forEach((b) => {
      b.textContent = b.closest(".tpe-results") ? "Download a summary for my clinician (PDF)" : "Download handout (PDF)";
    });
  }

  viewsChanged(views) {
    return views.map((v) => v.id).join() !== this.panels.map((p) => p.id).join();
  }

  async buildViews() {
    this.viewsBox.replaceChildren();
    this.tabs.replaceChildren();
    this.panels = this.data.views.map((spec) => new ViewPanel(this, spec));
    const groups = {};
    this.panels.forEach((p, i) => {
      const group = p.spec.group;
      if (group) {
        // Panels of one group (the two sides of the head) stack in one column.
        if (!groups[group]) this.viewsBox.append(groups[group] = el("div", { class: "tpe-view-group", "data-group": group }));
        groups[group].append(p.root);
      } else {
        this.viewsBox.append(p.root);
      }
      this.tabs.append(el("button", { class: "tpe-tab", role: "tab", type: "button", "data-tab": p.id,
        text: p.spec.short || p.spec.title, onclick: () => this.showTab(i) }));
      for (const type of ["pointerdown", "pointermove", "pointerup", "pointercancel"]) {
        p.stage.addEventListener(type, (e) => p.onPointer(e), { passive: false });
      }
    });
    try {
      await Promise.all(this.panels.map((p) => p.load()));
    } catch (err) {
      this.status.textContent = `The drawing could not be loaded (${err.message}). Please reload the page.`;
      return;
    }
    this.panels.forEach((p) => p.setViewBox(this.ui.focus));
    this.appliedKey = null;
    this.refreshTargets();
    this.layout();
  }

  // ------------------------------------------------------------ toolbar and legend

  buildToolbar() {
    const d = this.data;
    this.toolbar.replaceChildren();
    const group = (label, name, options, onPick) => {
      const box = el("div", { class: "tpe-seg", role: "radiogroup", "aria-label": label });
      box.append(el("span", { class: "tpe-seg-label", text: label, "aria-hidden": "true" }));
      for (const [value, text] of options) {
        box.append(el("button", { type: "button", role: "radio", class: "tpe-seg-btn", "data-control": name, "data-value": value,
          "aria-checked": String(value === this.ui[name]), text, onclick: () => { this.ui[name] = value; this.remember(); onPick(value); } }));
      }
      return box;
    };
    if (d.mode === "explore") {
      this.finder = new Finder({ onPick: (id) => this.choose({ type: "muscle", id }) });
      this.finder.setItems(this.finderItems());
      this.toolbar.append(this.finder.root);
      this.toolbar.append(group("Layer", "layer", [["surface", "Surface"], ["deep", "Deep"]], () => { this.apply(); this.refreshTargets(); }));
      this.toolbar.append(group("Show on", "side", [["right", "My right"], ["left", "My left"]], () => this.apply()));
    }
    if (d.views.length > 1) {
      // Which views are shown: those the choice falls on, until a view is switched on or off here.
      const box = el("div", { class: "tpe-seg tpe-view-toggles", role: "group", "aria-label": "Views shown" });
      box.append(el("span", { class: "tpe-seg-label", text: "Views", "aria-hidden": "true" }));
      const seen = new Set();
      for (const spec of d.views) {
        if (seen.has(spec.view)) continue;      // the two sides of the head share one switch
        seen.add(spec.view);
        box.append(el("button", { type: "button", class: "tpe-seg-btn", "data-control": "view", "data-view": spec.view,
          "aria-pressed": "true", text: { front: "Front", back: "Back", lateral: "Side", head: "Head" }[spec.view] || spec.view,
          onclick: () => this.toggleView(spec.view) }));
      }
      this.toolbar.append(box);
    }
    const zoom = el("label", { class: "tpe-zoom" }, el("span", { class: "tpe-seg-label", text: "Zoom to" }));
    const select = el("select", { "data-control": "focus", "aria-label": "Zoom to part of the body" });
    for (const [value, text] of d.focus_options || []) select.append(el("option", { value, text, selected: value === this.ui.focus }));
    select.addEventListener("change", () => { this.ui.focus = select.value; this.remember(); this.panels.forEach((p) => p.setViewBox(select.value)); });
    zoom.append(select);
    this.toolbar.append(zoom);
    if (d.mode === "explore") {
      this.toolbar.append(group("Detail for", "audience", [["patient", "Patient"], ["clinician", "Clinician"]], () => this.apply()));
    }
    this.presentBtn = el("button", { type: "button", class: "tpe-present-btn", "data-control": "present", text: "Present",
      title: "Show one view full screen, to turn the screen to a patient", onclick: () => this.setPresent(!this.ui.present) });
    if (d.mode !== "pain") this.toolbar.append(this.presentBtn);
  }

  toggleView(view) {
    const shown = new Set(this.visibleViews());
    if (shown.has(view) && shown.size > 1) shown.delete(view); else shown.add(view);
    // A view switched on stays on for the next choices too; one switched off stays off for this choice.
    this.ui.pinned = new Set(this.ui.pinned || []);
    if (shown.has(view)) this.ui.pinned.add(view); else this.ui.pinned.delete(view);
    this.ui.views = shown;
    this.ui.viewsFor = this.currentOwnerKey;
    this.showViews();
  }

  visibleViews() {
    // The views the person switched on or off for this choice; else those the choice falls on, with those
    // switched on before.
    if (this.ui.views && this.ui.viewsFor === this.currentOwnerKey) return [...this.ui.views];
    const pinned = this.ui.pinned || new Set();
    const order = (views) => this.panels.map((p) => p.spec.view).filter((v, i, all) => all.indexOf(v) === i
      && (views.includes(v) || pinned.has(v)));
    return order(this.autoViews());
  }

  autoViews() {
    // The front and back views always stay where they are, so a click never moves the figure it was made
    // on; the side and head views come and go with the choice.
    const chosen = this.currentChosen || [];
    if (chosen.length && this.data.mode !== "pain") {
      const views = this.panels.filter((p) => STEADY_VIEWS.includes(p.spec.view) || chosen.some((id) =>
        this.drawsMore(p, id))).map((p) => p.spec.view);
      if (views.length) return [...new Set(views)];
    }
    if (this.data.mode === "pain" && this.currentChosen?.length) {
      const owner = this.currentChosen[0];
      const views = this.panels.filter((p) => p.zonesByOwner?.has(owner) || p.marksByOwner?.has(owner)).map((p) => p.spec.view);
      return [...new Set([...this.panels.filter((p) => (this.data.shown || []).includes(p.id)).map((p) => p.spec.view), ...views])];
    }
    return [...new Set(this.panels.filter((p) => (this.data.shown || []).includes(p.id)).map((p) => p.spec.view))];
  }

  drawsMore(p, id) {
    // Whether a view adds to the picture of a muscle. The whole-body side view repeats, small, what the
    // head view draws large: for a muscle whose pattern the head view draws, the side view comes only when
    // the pattern reaches below the head and neck there (trapezius to the shoulder, say, not masseter).
    if (!(p.byMuscle?.has(id) || p.zonesByOwner?.has(id) || p.marksByOwner?.has(id))) return false;
    if (p.spec.view !== "lateral") return true;
    const onHead = this.panels.some((q) => q.spec.view === "head" && (q.zonesByOwner?.has(id) || q.marksByOwner?.has(id)));
    const box = p.focusBoxes?.head_neck;
    return !onHead || !box || this.lowestY(p, id) > box[1] + box[3];
  }

  lowestY(p, id) {
    // The lowest point of a muscle's zones and marks on a view, read from the paths (hidden ones too).
    p.lowest = p.lowest || new Map();
    if (!p.lowest.has(id)) {
      let y = -Infinity;
      for (const z of p.zonesByOwner?.get(id) || []) {
        for (const path of [z, ...z.querySelectorAll("path")]) {
          for (const m of (path.getAttribute("d") || "").matchAll(/-?[\d.]+[ ,](-?[\d.]+)/g)) y = Math.max(y, Number(m[1]));
        }
      }
      for (const mk of p.marksByOwner?.get(id) || []) y = Math.max(y, Number(mk.getAttribute("data-y")));
      p.lowest.set(id, y);
    }
    return p.lowest.get(id);
  }

  showViews() {
    const visible = new Set(this.visibleViews());
    for (const p of this.panels) p.root.classList.toggle("is-hidden", !visible.has(p.spec.view));
    for (const g of this.viewsBox.querySelectorAll(".tpe-view-group")) {
      g.classList.toggle("is-hidden", ![...g.children].some((c) => !c.classList.contains("is-hidden")));
    }
    this.toolbar.querySelectorAll('[data-control="view"]').forEach((b) =>
      b.setAttribute("aria-pressed", String(visible.has(b.getAttribute("data-view")))));
    this.panels.forEach((p) => p.updateMarkScale());
  }

  finderItems() {
    const details = this.table?.details || {};
    return Object.entries(details).map(([id, m]) => ({ id, name: m.name, label: m.label || m.name }));
  }

  buildLegend() {
    const items = this.data.legend || [];
    this.legend.replaceChildren(...items.map(([kind, text]) =>
      el("span", { role: "listitem", class: "tpe-legend-item", "data-legend": kind },
        el("span", { class: `tpe-swatch swatch-${kind}`, "aria-hidden": "true" }), document.createTextNode(text))));
  }

  remember() {
    const { layer, focus, side, tab, audience } = this.ui;
    remembered.set(this.data.key, { layer, focus, side, tab, audience });
    this.toolbar.querySelectorAll("[data-control][data-value]").forEach((b) =>
      b.setAttribute("aria-checked", String(this.ui[b.getAttribute("data-control")] === b.getAttribute("data-value"))));
  }

  // ------------------------------------------------------------ layout: a row of views, or tabs on a phone

  layout() {
    // A phone shows one view at a time; a narrow column on a large screen wraps the views instead.
    const phone = window.innerWidth < PHONE_WIDTH;
    this.root.classList.toggle("is-phone", phone);
    this.showTab(Math.min(this.ui.tab, this.panels.length - 1), false);
    this.panels.forEach((p) => p.updateMarkScale());
  }

  followPattern(chosen) {
    // A phone shows one view: when the new pattern is not on it, turn to the view with its trigger points
    // (or, failing that, its zones), so a choice from the search box or a link is seen at once.
    if (!chosen.length || !this.root.classList.contains("is-phone")) return;
    const has = (p, sel) => Boolean(p?.root.querySelector(sel));
    if (has(this.panels[this.ui.tab], ".mark.is-shown, .zone.is-shown")) return;
    for (const sel of [".mark.is-shown", ".zone.is-shown"]) {
      const i = this.panels.findIndex((p) => has(p, sel));
      if (i >= 0) { this.showTab(i, false); return; }
    }
  }

  showTab(i, remember = true) {
    if (i < 0) return;
    this.ui.tab = i;
    this.panels.forEach((p, j) => p.root.classList.toggle("is-current", i === j));
    [...this.tabs.children].forEach((t, j) => t.setAttribute("aria-selected", String(i === j)));
    if (remember) { this.remember(); this.panels[i]?.updateMarkScale(); }
  }

  setPresent(on) {
    this.ui.present = on;
    this.root.classList.toggle("is-presenting", on);
    this.presentBtn.textContent = on ? "Close" : "Present";
    this.presentBtn.setAttribute("aria-pressed", String(on));
    if (on) {
      const shown = this.panels.findIndex((p) => p.root.querySelector(".zone.is-shown, .mark.is-shown, .muscle.is-chosen"));
      this.showTab(shown >= 0 ? shown : this.ui.tab, false);
      this.presentBtn.focus();
    }
    requestAnimationFrame(() => this.panels.forEach((p) => p.updateMarkScale()));
  }

  // ------------------------------------------------------------ state -> picture

  state() {
    // Python's state, with the last unconfirmed click laid over it.
    const d = this.data;
    const s = { selected: d.selected || "", tp: d.tp || "", owner: d.pattern_owner || "",
      marked: new Set((d.marked || []).map((m) => m.join(":"))) };
    const l = this.local;
    if (l) {
      if (l.type === "muscle") { s.selected = l.id; s.tp = ""; }
      else if (l.type === "clear") { s.selected = ""; s.tp = ""; }
      else if (l.type === "tp") { s.selected = l.muscle || s.selected; s.tp = l.id; }
      else if (l.type === "show") s.owner = l.id;
      else if (l.type === "clear_drawing") { s.marked = new Set(); s.owner = ""; }
      else if (l.type === "region") {
        const k = `${l.id}:${l.side}`;
        if (s.marked.has(k)) s.marked.delete(k); else s.marked.add(k);
        s.owner = "";
      }
    }
    return s;
  }

  apply() {
    const d = this.data;
    const s = this.state();
    // Whose pattern is drawn, which of its trigger points, and on which of the person's sides.
    let owner = "";
    let tps = null;                            // null: every trigger point of the owner
    let sides = ["right"];
    if (d.mode === "explore") {
      owner = s.selected;
      tps = s.tp ? [s.tp] : null;
      sides = [this.ui.side];
    } else if (d.mode === "pain") {
      owner = s.owner;
      sides = [...new Set([...s.marked].map((k) => k.split(":")[1]).filter((x) => x !== "midline"))];
      if (!sides.length) sides = ["right"];
      sides.sort();
    }
    const chosen = d.mode === "conditions" ? d.highlight_muscles || [] : owner ? [owner] : [];
    const key = JSON.stringify([d.mode, s.selected, s.tp, owner, sides, [...s.marked].sort(), chosen, this.ui.layer, this.panels.length]);
    if (key !== this.appliedKey) {
      this.appliedKey = key;
      this.draw(s, owner, tps, sides, chosen);
      this.followPattern(chosen);
    }
    this.renderChips(s);
    this.renderStatus(s, owner);
    this.renderBelow(s, owner);
  }

  draw(s, owner, tps, sides, chosen) {
    const d = this.data;
    const root = this.root;
    root.setAttribute("data-selected", d.mode === "explore" ? s.selected : "");
    root.setAttribute("data-tp", d.mode === "explore" ? s.tp : "");
    root.classList.toggle("layer-deep", this.ui.layer === "deep");
    if (d.mode === "pain") root.setAttribute("data-marked", [...s.marked].sort().join(","));
    root.classList.toggle("has-choice", chosen.length > 0);
    root.setAttribute("data-pattern", owner);
    for (const p of this.panels) {
      if (!p.svg) continue;
      p.svg.classList.toggle("layer-deep", this.ui.layer === "deep");
      p.svg.classList.toggle("has-choice", chosen.length > 0);
    }
    const labels = this.tpLabels(owner);
    const wanted = (n) => !tps || tps.includes(n.getAttribute("data-tp"));
    this.currentChosen = chosen;
    this.currentOwnerKey = chosen.join(",");
    this.showViews();
    for (const p of this.panels) {
      if (!p.svg) continue;
      if (p.spec.profile && !p.spec.mirror && d.mode === "explore") p.setMirror(this.ui.side === "left");
      for (const n of p.lit) n.classList.remove("is-chosen", "is-highlighted", "is-shown", "is-active", "is-dimmed", "is-marked");
      for (const n of p.lit) if (n.hasAttribute("aria-pressed")) n.setAttribute("aria-pressed", "false");
      const lit = [];
      const showRight = p.spec.profile ? sides.includes(p.mirrored ? "left" : "right") : sides.includes("right");
      const showLeft = !p.spec.profile && sides.includes("left");
      const outlineSides = d.mode === "conditions" ? ["right", "left", "midline"] : [...sides, "midline"];
      for (const id of chosen) {
        for (const m of p.byMuscle.get(id) || []) {
          if (!outlineSides.includes(m.getAttribute("data-side"))) continue;
          m.classList.add("is-chosen");
          if (d.mode === "conditions") m.classList.add("is-highlighted");
          if (m.hasAttribute("aria-pressed")) m.setAttribute("aria-pressed", "true");
          lit.push(m);
        }
      }
      const markState = (mk) => {
        mk.classList.toggle("is-active", s.tp === mk.getAttribute("data-tp"));
        mk.classList.toggle("is-dimmed", Boolean(s.tp) && s.tp !== mk.getAttribute("data-tp"));
        const label = labels[mk.getAttribute("data-tp")];
        mk.setAttribute("aria-label", label ? `Trigger point: ${label}` : "Trigger point");
      };
      const zones = owner ? (p.zonesByOwner.get(owner) || []).filter(wanted) : [];
      const marks = owner ? p.marksByOwner.get(owner) || [] : [];
      if (showRight) {
        for (const z of zones) { z.classList.add("is-shown"); lit.push(z); }
        for (const mk of marks) { mk.classList.add("is-shown"); markState(mk); lit.push(mk); }
      }
      // The left side shows a mirrored copy of the right side's zones and marks.
      p.patternLeft.replaceChildren();
      if (showLeft) {
        for (const n of [...zones, ...marks]) {
          const copy = n.cloneNode(true);
          copy.removeAttribute("id");
          copy.classList.add("is-shown");
          copy.setAttribute("data-side", "left");
          if (copy.classList.contains("mark")) markState(copy);
          p.patternLeft.append(copy);
        }
      }
      if (d.mode === "pain") {
        for (const r of p.regions) {
          const on = s.marked.has(`${r.getAttribute("data-region")}:${r.getAttribute("data-side")}`);
          if (on) { r.classList.add("is-marked"); lit.push(r); }
          r.setAttribute("aria-checked", String(on));
        }
      }
      p.lit = lit;
      this.drawOutline(p);
      p.spreadMarks();
    }
    this.moveTabStop(s.selected);
  }

  tpLabels(owner) {
    const m = this.table?.details?.[owner];
    if (m) return Object.fromEntries(m.tps.map((t) => [t.id, t.label]));
    return this.data.tp_labels || {};
  }

  drawOutline(panel) {
    // The chosen muscle as a strong outline above the zones, so the zones under it stay visible.
    panel.outline.replaceChildren();
    for (const m of panel.svg.querySelectorAll("[data-muscle].is-chosen")) {
      const shape = m.querySelector(".shape");
      if (!shape) continue;
      panel.outline.append(svgEl("path", { d: shape.getAttribute("d"),
        class: `outline-${m.getAttribute("data-depth") || "superficial"}` }));
    }
  }

  renderChips(s) {
    // "Show the pattern of": every trigger point, or one alone.
    const m = this.data.mode === "explore" && this.table?.details?.[s.selected];
    const key = m ? `${s.selected}|${s.tp}` : "";
    if (key === this.chipsKey) return;
    this.chipsKey = key;
    this.chips.replaceChildren();
    this.chips.hidden = !m || m.tps.length < 2;
    if (this.chips.hidden) return;
    this.chips.append(el("span", { class: "tpe-seg-label", text: "Show the pattern of", "aria-hidden": "true" }));
    const chip = (value, text) => el("button", { type: "button", role: "radio", class: "tpe-chip", "data-chip": value || "all",
      "aria-checked": String((s.tp || "") === value), text,
      onclick: () => this.choose(value ? { type: "tp", id: value, muscle: s.selected } : { type: "muscle", id: s.selected }) });
    this.chips.append(chip("", "All trigger points"), ...m.tps.map((t) => chip(t.id, t.label)));
  }

  renderStatus(s, owner) {
    const d = this.data;
    const key = `${d.mode}|${s.selected}|${owner}|${Boolean(this.table)}`;
    if (key === this.statusKey) return;
    this.statusKey = key;
    this.status.replaceChildren();
    if (d.mode === "explore" && s.selected) {
      const m = this.table?.details?.[s.selected];
      const box = el("div", { class: "tpe-chosen", "data-chosen": s.selected },
        el("strong", { class: "tpe-chosen-name", text: m?.name || s.selected }));
      if (m) {
        box.append(el("span", { class: "tpe-chosen-summary", text: ` ${firstSentence(m.summary)}` }),
          el("a", { class: "tpe-read-more", href: "#muscle-detail", text: "Read more",
            onclick: (e) => { e.preventDefault(); const t = this.below.querySelector(".tpe-detail"); t?.scrollIntoView({ behavior: "smooth", block: "start" }); t?.focus({ preventScroll: true }); } }));
      }
      this.status.append(box);
    } else if (d.mode === "pain" && owner) {
      this.status.append(el("div", { class: "tpe-chosen", "data-chosen": owner },
        el("strong", { class: "tpe-chosen-name", text: `Showing: ${this.table?.muscles?.[owner] || owner}` }),
        el("span", { class: "tpe-chosen-summary", text: " over your drawing" })));
    } else if (d.hint) {
      this.status.append(el("div", { class: "tpe-hint", text: d.hint }));
    }
  }

  renderBelow(s, owner) {
    const d = this.data;
    if (d.mode === "explore") {
      const key = `${s.selected}|${s.tp}|${this.ui.audience}`;
      if (key === this.belowKey) return;
      this.belowKey = key;
      const detail = s.selected && renderDetail(this.table, s.selected, { tp: s.tp, clinician: this.ui.audience === "clinician",
        onOpen: (page, id) => this.send({ type: "open", page, id }),
        onHandout: (opts) => this.send({ type: "handout", id: s.selected, tp: s.tp, audience: this.ui.audience, ...opts }) });
      this.below.replaceChildren(detail || howToUse((page, id) => this.send({ type: "open", page, id })));
    } else if (d.mode === "pain") {
      const key = JSON.stringify([[...s.marked].sort(), owner, d.candidates, d.flags, d.nearby]);
      if (key === this.belowKey) return;
      this.belowKey = key;
      // Until Python has ranked a new drawing, keep showing the last results, marked as being updated.
      const waiting = this.local && ["region", "clear_drawing"].includes(this.local.type);
      const results = renderResults(this.table, { ...d, marked: [...s.marked].map((k) => k.split(":")) }, {
        shown: owner,
        onShow: (id) => this.choose({ type: "show", id }),
        onOpen: (page, id) => this.send({ type: "open", page, id }),
        onClear: () => this.choose({ type: "clear_drawing" }),
        onSummary: (opts) => this.send({ type: "summary", ...opts }),
      });
      results.classList.toggle("is-updating", Boolean(waiting));
      this.below.replaceChildren(results);
    } else {
      this.below.replaceChildren();
    }
  }

  // ------------------------------------------------------------ events

  send(event) {
    if (!this.setTrigger) return 0;
    const seq = (clickCounts.get(this.data.key) || 0) + 1;
    clickCounts.set(this.data.key, seq);
    this.setTrigger("event", { ...event, seq });
    return seq;
  }

  targetOf(node) {
    // What a pointer or key event is about: a mark, a region, a muscle, or nothing.
    const d = this.data;
    if (!node || !this.root.contains(node)) return null;
    const mark = node.closest(".mark");
    if (mark && d.mode === "explore") return { type: "tp", id: mark.getAttribute("data-tp"), muscle: mark.getAttribute("data-owner"), node: mark };
    if (d.mode === "pain") {
      const r = node.closest("[data-region]");
      return r ? { type: "region", id: r.getAttribute("data-region"), side: r.getAttribute("data-side"), node: r } : null;
    }
    const m = node.closest("[data-muscle]");
    if (m && this.isTarget(m)) return { type: "muscle", id: m.getAttribute("data-muscle"), node: m };
    if (node.closest(".tpe-svg")) return { type: "clear" };
    return null;
  }

  isTarget(m) {
    if (this.data.mode === "conditions") return m.classList.contains("is-highlighted");
    const deep = m.getAttribute("data-depth") === "deep";
    return this.ui.layer === "deep" ? deep : !deep;
  }

  choose(t) {
    if (!t) return;
    const d = this.data;
    if (d.mode === "conditions") {
      if (t.type === "muscle") this.send({ type: "open", page: "muscle", id: t.id });
      return;
    }
    if (t.type === "clear" && (d.mode !== "explore" || !this.state().selected)) return;
    if (t.type === "muscle" && d.mode === "explore") {
      const side = t.node?.getAttribute("data-side");
      if ((side === "left" || side === "right") && side !== this.ui.side) { this.ui.side = side; this.remember(); }
    }
    const seq = this.send({ type: t.type, id: t.id, side: t.side });
    this.local = { type: t.type, id: t.id, side: t.side, muscle: t.muscle, seq };
    this.root.setAttribute("data-pending", "");
    // Streamlit sends the click on its next task; drawing right after it lets the message leave first,
    // and the picture still changes within the frame.
    setTimeout(() => {
      this.apply();
      // "Show on drawing" is pressed below the drawing: bring the drawing into view.
      if (t.type === "show") this.root.scrollIntoView({ behavior: "smooth", block: "start" });
    }, 0);
  }

  bindEvents() {
    this.root.addEventListener("click", (e) => {
      if (e.target.closest(".tpe-toolbar, .tpe-chips, .tpe-tabs, .tpe-status, .tpe-legend")) return;
      this.choose(this.targetOf(e.target));
    });
    this.root.addEventListener("pointermove", (e) => this.hover(e));
    this.root.addEventListener("pointerleave", () => { this.tooltip.hidden = true; });
    this.root.addEventListener("keydown", (e) => this.onKey(e));
    this.root.addEventListener("focusin", (e) => {
      const t = this.targetOf(e.target);
      if (t?.node) this.showTooltipFor(t.node);
    });
    this.root.addEventListener("focusout", () => { this.tooltip.hidden = true; });
    document.addEventListener("keydown", (e) => { if (e.key === "Escape" && this.ui.present) this.setPresent(false); });
    // Printing opens every collapsed section of the detail, and closes them again afterwards.
    window.addEventListener("beforeprint", () => {
      this.openedForPrint = [...this.below.querySelectorAll("details:not([open])")];
      this.openedForPrint.forEach((d) => { d.open = true; });
    });
    window.addEventListener("afterprint", () => { (this.openedForPrint || []).forEach((d) => { d.open = false; }); });
    // Swipe between views on a phone.
    let start = null;
    this.viewsBox.addEventListener("touchstart", (e) => { start = e.touches.length === 1 ? [e.touches[0].clientX, e.touches[0].clientY] : null; }, { passive: true });
    this.viewsBox.addEventListener("touchend", (e) => {
      if (!start || !this.root.classList.contains("is-phone") || e.changedTouches.length !== 1) return;
      const dx = e.changedTouches[0].clientX - start[0];
      const dy = e.changedTouches[0].clientY - start[1];
      if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) {
        const n = this.panels.length;
        this.showTab((this.ui.tab + (dx < 0 ? 1 : n - 1)) % n);
      }
      start = null;
    }, { passive: true });
  }

  hover(e) {
    const t = this.targetOf(e.target);
    if (!t || !t.node || (t.type === "muscle" && !this.isTarget(t.node))) { this.tooltip.hidden = true; return; }
    this.showTooltipFor(t.node, e.clientX, e.clientY);
  }

  showTooltipFor(node, x, y) {
    const text = this.labelOf(node);
    if (!text) { this.tooltip.hidden = true; return; }
    this.tooltip.textContent = text;
    this.tooltip.hidden = false;
    const box = this.root.getBoundingClientRect();
    if (x === undefined) {
      const r = node.getBoundingClientRect();
      x = r.left + r.width / 2;
      y = r.top;
    }
    this.tooltip.style.left = `${Math.min(x - box.left + 12, box.width - 160)}px`;
    this.tooltip.style.top = `${y - box.top + 14}px`;
  }

  labelOf(node) {
    if (node.classList.contains("mark")) return this.tpLabels(node.getAttribute("data-owner"))[node.getAttribute("data-tp")] || "Trigger point";
    if (node.hasAttribute("data-region")) {
      const id = node.getAttribute("data-region");
      const side = node.getAttribute("data-side");
      const label = this.table?.regions?.[id] || id;
      return side === "midline" ? label : `${label} (${side})`;
    }
    const id = node.getAttribute("data-muscle");
    return id ? this.table?.muscles?.[id] || id : "";
  }

  // Keyboard: Tab reaches the map, the arrow keys move between muscles (or places), Enter chooses.
  focusables() {
    // In reading order: by view, then top to bottom, left to right. Computed when the keyboard needs it.
    const panels = this.root.classList.contains("is-phone") || this.ui.present ? [this.panels[this.ui.tab]] : this.panels;
    const out = [];
    for (const p of panels) {
      if (!p?.svg) continue;
      const nodes = this.data.mode === "pain" ? p.svg.querySelectorAll("[data-region]")
        : [...p.svg.querySelectorAll("[data-muscle]")].filter((m) => this.isTarget(m));
      const items = [...nodes].map((n) => {
        const b = n.getBoundingClientRect();
        return { n, y: b.top + b.height / 2, x: b.left + b.width / 2 };
      }).filter((i) => i.x || i.y);
      items.sort((a, b) => (Math.abs(a.y - b.y) < 12 ? a.x - b.x : a.y - b.y));
      out.push(...items.map((i) => i.n));
    }
    return out;
  }

  refreshTargets() {
    // Only what a click would choose is a control for assistive technology (set when the views are
    // built and when the layer changes); one tab stop for the whole map (roving tabindex).
    const pain = this.data.mode === "pain";
    for (const p of this.panels) {
      if (!p.svg) continue;
      for (const n of p.muscles) {
        n.removeAttribute("tabindex");
        if (pain) {                 // the pain drawing's targets are places; its muscles are not drawn
          n.setAttribute("aria-hidden", "true");
          n.removeAttribute("role");
          n.removeAttribute("aria-pressed");
        } else if (this.isTarget(n)) {
          n.removeAttribute("aria-hidden");
          n.setAttribute("role", "button");
          n.setAttribute("tabindex", "-1");
          n.setAttribute("aria-pressed", String(n.classList.contains("is-chosen")));
        } else {
          n.removeAttribute("aria-hidden");
          n.setAttribute("role", "img");   // named, but not a control on this layer
          n.removeAttribute("aria-pressed");
        }
      }
      for (const n of p.regions) {
        if (pain) {
          n.setAttribute("role", "checkbox");
          n.setAttribute("tabindex", "-1");
          n.setAttribute("aria-checked", String(n.classList.contains("is-marked")));
        } else {
          n.setAttribute("aria-hidden", "true");   // places are outlines for the pain drawing only
        }
      }
      for (const n of p.patternRight.querySelectorAll(".mark")) {
        if (this.data.mode === "explore") n.setAttribute("role", "button");
        else n.setAttribute("aria-hidden", "true");
      }
    }
    this.order = null;
    this.tabStop = null;
    this.moveTabStop(this.state().selected);
  }

  moveTabStop(selected) {
    // The chosen muscle is the map's tab stop (or the first target, until one is chosen).
    const focused = document.activeElement;
    if (this.tabStop && this.tabStop === focused) return;
    let next = null;
    for (const p of this.panels) {
      next = (p.byMuscle?.get(selected) || []).find((n) => n.getAttribute("role") === "button" && p.root.offsetParent !== null);
      if (next) break;
    }
    next ||= this.tabStop || this.focusables()[0];
    if (next === this.tabStop) return;
    this.tabStop?.setAttribute("tabindex", "-1");
    next?.setAttribute("tabindex", "0");
    this.tabStop = next;
  }

  onKey(e) {
    const target = e.target;
    if (target.closest?.(".tpe-toolbar, .tpe-chips")) return;
    const nodes = this.focusables();
    const item = target.closest?.("[data-muscle], [data-region]");
    const i = nodes.indexOf(item);
    const mark = target.closest?.(".mark");
    if (e.key === "Enter" || e.key === " ") {
      if (mark || i >= 0) { e.preventDefault(); this.choose(this.targetOf(target)); }
      return;
    }
    if (e.key === "Escape" && this.data.mode === "explore" && !this.ui.present) { this.choose({ type: "clear" }); return; }
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: "first", End: "last" };
    if (!(e.key in moves) || i < 0) return;
    e.preventDefault();
    const step = moves[e.key];
    const next = step === "first" ? 0 : step === "last" ? nodes.length - 1 : (i + step + nodes.length) % nodes.length;
    item.setAttribute("tabindex", "-1");
    nodes[next].setAttribute("tabindex", "0");
    this.tabStop = nodes[next];
    nodes[next].focus();
  }
}

function firstSentence(text) {
  const t = (text || "").replace(/\s+/g, " ").trim();
  const end = t.indexOf(". ");
  return end < 0 ? t : t.slice(0, end + 1);
}

// ---------------------------------------------------------------- entry point

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let map = instances.get(parentElement);
  if (!map) {
    map = new MapInstance(parentElement);
    instances.set(parentElement, map);
  }
  map.update(data || {}, setTriggerValue);
  // The drawing stays between reruns; Streamlit removes it with the element.
}

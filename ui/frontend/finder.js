// "Find a muscle": a combobox over every muscle's name and everyday names (the label carries the most
// useful synonyms, e.g. "Masseter · jaw muscle"), so "jaw", "calf" or "rotator cuff" find their muscles.
// Matching is forgiving: every typed word must start a word of the label, or be one typo away from one.

import { el, fold } from "./dom.js";

const MAX_SHOWN = 12;

function editDistanceAtMost1(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export function score(query, name, label) {
  // 0 = no match; higher is better. Whole name first, then a start of the name, then words of the label.
  const q = fold(query).trim().replace(/\s+/g, " ");
  if (!q) return 0;
  const n = fold(name);
  const words = fold(label).split(/[^a-z0-9]+/).filter(Boolean);
  if (n === q) return 100;
  if (n.startsWith(q)) return 90;
  let total = 0;
  for (const part of q.split(" ")) {
    let best = 0;
    for (const w of words) {
      if (w.startsWith(part)) best = Math.max(best, part.length >= 3 || w === part ? 3 : 1);
      // one typo, in the whole word or in its first letters ("trapesius", "gastrocnemeus", "soleu")
      else if (part.length >= 5 && (editDistanceAtMost1(part, w) || editDistanceAtMost1(part, w.slice(0, part.length)))) {
        best = Math.max(best, 2);
      }
    }
    if (!best) return 0;
    total += best;
  }
  return 10 + total;
}

export class Finder {
  constructor({ label = "Find a muscle", placeholder = "Name or everyday word, e.g. jaw, calf", onPick }) {
    this.onPick = onPick;
    this.items = [];
    this.shown = [];
    this.active = -1;
    const id = `tpe-finder-${Math.random().toString(36).slice(2, 8)}`;
    this.input = el("input", { type: "text", class: "tpe-finder-input", role: "combobox", "aria-autocomplete": "list",
      "aria-expanded": "false", "aria-controls": `${id}-list`, autocomplete: "off", spellcheck: "false", maxlength: "100",
      placeholder, "data-control": "finder", id });
    this.list = el("ul", { class: "tpe-finder-list", role: "listbox", id: `${id}-list`, hidden: true, "aria-label": "Muscles" });
    this.root = el("div", { class: "tpe-finder" }, el("label", { class: "tpe-seg-label", for: id, text: label }),
      el("div", { class: "tpe-finder-box" }, this.input, this.list));
    this.input.addEventListener("input", () => this.filter());
    this.input.addEventListener("focus", () => { if (this.input.value) this.filter(); });
    this.input.addEventListener("keydown", (e) => this.onKey(e));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
  }

  setItems(items) {
    // items: [{id, name, label}], in the order to show when nothing narrows them
    this.items = items;
  }

  setValue(name) {
    if (document.activeElement !== this.input) this.input.value = name || "";
  }

  filter() {
    const q = this.input.value;
    this.shown = q.trim()
      ? this.items.map((it) => [score(q, it.name, it.label), it]).filter(([s]) => s > 0)
        .sort((a, b) => b[0] - a[0] || a[1].name.localeCompare(b[1].name)).slice(0, MAX_SHOWN).map(([, it]) => it)
      : this.items.slice(0, MAX_SHOWN);
    this.active = this.shown.length ? 0 : -1;
    this.render();
  }

  render() {
    this.list.replaceChildren(...this.shown.map((it, i) => el("li", {
      role: "option", id: `${this.input.id}-${i}`, class: "tpe-finder-option", "aria-selected": String(i === this.active),
      "data-id": it.id, text: it.label, onmousedown: (e) => { e.preventDefault(); this.pick(it); },
    })));
    if (!this.shown.length && this.input.value.trim()) {
      this.list.append(el("li", { class: "tpe-finder-none", role: "presentation", text: "No muscle matches those words." }));
    }
    const open = this.list.children.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute("aria-expanded", String(open));
    if (this.active >= 0) this.input.setAttribute("aria-activedescendant", `${this.input.id}-${this.active}`);
    else this.input.removeAttribute("aria-activedescendant");
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }

  pick(item) {
    this.input.value = item.name;
    this.close();
    this.onPick?.(item.id);
  }

  onKey(e) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (this.list.hidden) this.filter();
      const n = this.shown.length;
      if (!n) return;
      this.active = (this.active + (e.key === "ArrowDown" ? 1 : n - 1)) % n;
      this.render();
      this.list.children[this.active]?.scrollIntoView({ block: "nearest" });
    } else if (e.key === "Enter") {
      if (this.active >= 0 && this.shown[this.active]) { e.preventDefault(); this.pick(this.shown[this.active]); }
    } else if (e.key === "Escape") {
      this.close();
    }
  }
}

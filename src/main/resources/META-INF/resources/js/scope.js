// The scope of the next questions: chips for reports, places and years above the input, sent as reportIds.
// Chips of one kind widen the scope (青禾市 or 白河区), chips of different kinds narrow it (青禾市, 2023年).
import { append, clear, h } from './dom.js';

/**
 * The year a report is of: the one its title names (2022年郴州市政府工作报告 was delivered on 2021-12-30), else its
 * delivery date's.
 */
export function yearOf(r) {
  const y = /(\d{4})年/.exec(r.title || '') || /^(\d{4})/.exec(r.date || '');
  return y ? Number(y[1]) : null;
}

const MATCH = {
  report: (r, value) => r.id === value,
  place: (r, value) => r.place === value,
  year: (r, value) => String(yearOf(r)) === value,
};

export function chipFor(kind, value, reports) {
  if (kind === 'report') {
    const r = reports.find((x) => x.id === value);
    return r && { kind, value, label: r.title };
  }
  return { kind, value, label: kind === 'year' ? `${value}年` : value };
}

export class Scope {
  /** `container` shows the chips; `onChange()` is told of every change (to keep them with the conversation). */
  constructor(container, onChange) {
    this.el = container;
    this.onChange = onChange;
    this.chips = [];
    this.reports = [];
  }

  set(chips) {
    this.chips = (chips || []).filter((c) => MATCH[c?.kind] && typeof c.value === 'string');
    this.render();
  }

  add(chip) {
    if (!chip || this.chips.some((c) => c.kind === chip.kind && c.value === chip.value)) return;
    this.chips.push(chip);
    this.changed();
  }

  remove(chip) {
    this.chips = this.chips.filter((c) => c !== chip);
    this.changed();
  }

  clear() {
    this.chips = [];
    this.changed();
  }

  /** The library changed: a chip for a report that is gone goes too. */
  setLibrary(reports) {
    this.reports = reports;
    const before = this.chips.length;
    this.chips = this.chips.filter((c) => c.kind !== 'report' || reports.some((r) => r.id === c.value));
    if (this.chips.length !== before) this.changed();
    else this.render();
  }

  /** What the chips say, as a question's record keeps it: their labels and the reports they stand for. */
  snapshot() {
    if (!this.chips.length) return null;
    const kinds = new Set(this.chips.map((c) => c.kind));
    const ids = this.reports.filter((r) => [...kinds].every((kind) => this.chips
      .some((c) => c.kind === kind && MATCH[kind](r, c.value)))).map((r) => r.id);
    return { labels: this.chips.map((c) => c.label), reportIds: ids };
  }

  changed() {
    this.render();
    this.onChange();
  }

  render() {
    this.el.hidden = this.chips.length === 0;
    const scope = this.snapshot();
    const empty = Boolean(scope && this.reports.length && !scope.reportIds.length);
    // Through append(), which skips the `false` of an absent part (replaceChildren would show it as text).
    append(clear(this.el), [h('span', { class: 'scope-label' }, '只问：'),
      ...this.chips.map((c) => h('span', { class: 'chip', 'data-kind': c.kind, 'data-value': c.value },
        h('span', { class: 'chip-text' }, c.label),
        h('button', { type: 'button', class: 'chip-remove', 'aria-label': `移除范围：${c.label}`,
          onclick: () => this.removeAndFocus(c) }, '×'))),
      empty && h('span', { class: 'scope-empty' }, '所选范围内没有报告')]);
  }

  removeAndFocus(chip) {
    this.remove(chip);
    // The button pressed is gone: the next chip's, or else the question box, takes the focus.
    (this.el.querySelector('.chip-remove') || document.getElementById('question')).focus();
  }
}

// Every piece of text reaches the page through createTextNode: nothing from the model, the reports or the user
// is ever parsed as HTML.

/**
 * Creates an element. `attrs` holds attributes, except `class` (className), `on<event>` (listeners) and
 * `hidden`/`disabled` (booleans); children are nodes or strings (as text), null/false entries are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/** 2022-01-10 → 2022年1月10日 */
export function chineseDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : (iso || '');
}

/** The Chinese half of the service's bilingual messages ("问题为空 / Question is empty"). */
export function chinese(message) {
  const text = String(message ?? '');
  const cut = text.indexOf(' / ');
  return cut > 0 ? text.slice(0, cut) : text;
}

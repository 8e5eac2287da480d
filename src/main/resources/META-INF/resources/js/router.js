// Hash routes, so deep links survive a reload of the static page:
//   #/                                   chat
//   #/reports                            report list
//   #/reports/<id>                       a report in the reader
//   #/reports/<id>/p/<n>[?hl=<from>-<to>] at paragraph n, characters from..to of it highlighted

export function parseRoute(hash) {
  const [path, query = ''] = decodeURIComponent(hash.replace(/^#/, '')).split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== 'reports') return { view: 'chat' };
  if (parts.length === 1) return { view: 'reports' };
  const route = { view: 'report', id: parts[1], paragraph: null, highlight: null };
  if (parts[2] === 'p' && /^\d+$/.test(parts[3] || '')) route.paragraph = Number(parts[3]);
  const hl = /(?:^|&)hl=(\d+)-(\d+)/.exec(query);
  if (hl && Number(hl[2]) > Number(hl[1])) route.highlight = { from: Number(hl[1]), to: Number(hl[2]) };
  return route;
}

export function reportHref(id, paragraph, highlight) {
  let href = `#/reports/${encodeURIComponent(id)}`;
  if (paragraph) href += `/p/${paragraph}`;
  if (paragraph && highlight) href += `?hl=${highlight.from}-${highlight.to}`;
  return href;
}

/** Where a citation links: its paragraph, with the quoted sentence (offsets into the source file) marked. */
export function citationHref(c) {
  const from = c.quoteStart - c.start;
  const to = c.quoteEnd - c.start;
  const marked = c.quote && from >= 0 && to > from && to <= c.end - c.start;
  return reportHref(c.reportId, c.paragraph, marked ? { from, to } : null);
}

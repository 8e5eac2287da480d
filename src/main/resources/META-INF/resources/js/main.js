// Wires the page: the chat with its scope, the library and the reader, driven by the location hash, and the
// library kept current by polling (another instance may change it).
import { Chat } from './chat.js';
import { Reader } from './reader.js';
import { Scope, chipFor } from './scope.js';
import { parseRoute } from './router.js';
import { LibraryView } from './library.js';
import { Uploads } from './uploads.js';
import { renderCoverage } from './coverage.js';
import { exampleQuestions, renderExamples } from './examples.js';
import { onLibraryChange, refreshReports, reportList } from './api.js';

const $ = (id) => document.getElementById(id);
const POLL_MS = 20000;

const status = $('status');
function announce(text) {
  // Cleared first so the same words said twice are announced twice.
  status.textContent = '';
  requestAnimationFrame(() => { status.textContent = text; });
}

let mainRoute = '#/';
const reader = new Reader({
  panel: $('reader'), title: $('reader-title'), meta: $('reader-meta'), where: $('reader-where'), toc: $('reader-toc'),
  scroll: $('reader-scroll'), body: $('reader-body'), close: $('reader-close'), ask: $('reader-ask'),
}, () => { location.hash = mainRoute; });

const scope = new Scope($('scope'), () => chat.save());
const chat = new Chat({
  scroller: $('chat-scroll'), list: $('messages'), empty: $('empty'), form: $('ask-form'), input: $('question'),
  send: $('send'), stop: $('stop'), counter: $('counter'), limit: $('limit'), editing: $('editing'),
  cancelEdit: $('cancel-edit'),
}, scope, announce, () => reader.isOpen);

/** Limits the chat's questions to a report, a place or a year, and takes the user to the question box. */
async function askWithin(kind, value) {
  let reports = await reportList();
  if (kind === 'report' && !reports.some((r) => r.id === value)) reports = await refreshReports();
  const chip = chipFor(kind, value, reports);
  if (!chip) return;
  scope.add(chip);
  announce(`已限定提问范围：${chip.label}`);
  if (location.hash !== '#/') {
    location.hash = '#/';
    route(); // now, not at the hashchange: the question box must be shown before it can take the focus
  }
  $('question').focus();
}

const library = new LibraryView({ groups: $('report-groups'), filter: $('report-filter'), count: $('report-count') },
  askWithin, announce);
new Uploads({ dropzone: $('dropzone'), pick: $('pick-files'), input: $('file-input'), list: $('uploads') },
  askWithin, announce);
$('reader-ask').addEventListener('click', () => askWithin('report', reader.shownId));

onLibraryChange((reports) => {
  library.setReports(reports);
  scope.setLibrary(reports);
  renderCoverage($('coverage'), reports, askWithin);
  renderExamples($('examples'), exampleQuestions(reports), (q) => {
    chat.ask(q);
    $('question').focus(); // the example's button is gone with the empty state
  });
});

function poll() {
  if (document.visibilityState === 'visible') refreshReports().catch((e) => library.showError(e));
}
setInterval(poll, POLL_MS);
document.addEventListener('visibilitychange', poll);

function showMain(view) {
  $('chat-view').hidden = view !== 'chat';
  $('reports-view').hidden = view !== 'reports';
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (view === 'reports') poll();
}

// On a narrow screen the reader covers the page: what lies under it must not take the keyboard focus.
const narrow = matchMedia('(max-width: 800px)');
function cover(covered) {
  for (const id of ['main', 'topbar']) $(id).inert = covered;
}
const syncCovered = () => cover(narrow.matches && reader.isOpen);
narrow.addEventListener('change', syncCovered);

function route() {
  const r = parseRoute(location.hash);
  if (r.view === 'report') {
    reader.open(r.id, r.paragraph, r.highlight);
    syncCovered();
    return;
  }
  mainRoute = r.view === 'reports' ? '#/reports' : '#/';
  showMain(r.view);
  cover(false); // before closing, so the focus can go back to the link that opened the reader
  reader.close();
}

$('new-chat').addEventListener('click', () => {
  if (location.hash.startsWith('#/reports')) location.hash = '#/';
  chat.reset();
});

window.addEventListener('hashchange', route);
// A second click on the citation already open changes no hash: take the reader back to the sentence anyway.
document.addEventListener('click', (e) => {
  const link = e.target.closest('a[href^="#/reports/"]');
  if (link && link.getAttribute('href') === location.hash && !e.ctrlKey && !e.metaKey && !e.shiftKey) route();
});
library.render();
refreshReports().catch((e) => {
  $('examples').replaceChildren();
  library.showError(e);
});
showMain('chat');
route();
document.documentElement.dataset.ready = 'true';

// Wires the page: the chat, the report list and the reader, driven by the location hash.
import { Chat } from './chat.js';
import { Reader } from './reader.js';
import { parseRoute } from './router.js';
import { renderReportList } from './reports.js';
import { exampleQuestions, renderExamples } from './examples.js';
import { reportList } from './api.js';

const $ = (id) => document.getElementById(id);

const status = $('status');
function announce(text) {
  // Cleared first so the same words said twice are announced twice.
  status.textContent = '';
  requestAnimationFrame(() => { status.textContent = text; });
}

const chat = new Chat({
  scroller: $('chat-scroll'), list: $('messages'), empty: $('empty'), form: $('ask-form'), input: $('question'),
  send: $('send'), stop: $('stop'), counter: $('counter'),
}, announce);

let mainRoute = '#/';
const reader = new Reader({
  panel: $('reader'), title: $('reader-title'), meta: $('reader-meta'), where: $('reader-where'), toc: $('reader-toc'),
  scroll: $('reader-scroll'), body: $('reader-body'), close: $('reader-close'),
}, () => { location.hash = mainRoute; });

function showMain(view) {
  $('chat-view').hidden = view !== 'chat';
  $('reports-view').hidden = view !== 'reports';
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (view === 'reports') renderReportList($('report-list'));
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

reportList().then((reports) => renderExamples($('examples'), exampleQuestions(reports), (q) => chat.ask(q)))
  .catch(() => { $('examples').replaceChildren(); });

window.addEventListener('hashchange', route);
// A second click on the citation already open changes no hash: take the reader back to the sentence anyway.
document.addEventListener('click', (e) => {
  const link = e.target.closest('a[href^="#/reports/"]');
  if (link && link.getAttribute('href') === location.hash && !e.ctrlKey && !e.metaKey && !e.shiftKey) route();
});
showMain('chat');
route();
document.documentElement.dataset.ready = 'true';

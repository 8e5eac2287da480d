// Example questions for the empty conversation, only about places the served corpus has reports for.
import { h } from './dom.js';

const CURATED = [
  { question: '2021年咸阳全市经济总量达到了多少？', places: ['咸阳'] },
  { question: '咸阳和天门2022年城镇新增就业的目标分别是多少？', places: ['咸阳', '天门'] },
  { question: '嘉峪关建成区绿化覆盖率达到了多少？', places: ['嘉峪关'] },
  { question: '辽宁2021年新建5G基站多少座？', places: ['辽宁'] },
];
const WANTED = 4;

export function exampleQuestions(reports) {
  const known = (place) => reports.some((r) => r.placeShort === place || r.place === place);
  const picked = CURATED.filter((e) => e.places.every(known)).map((e) => e.question);
  // Another corpus: ask what every report answers, its headline figure and who delivered it.
  for (const r of reports) {
    if (picked.length >= WANTED) break;
    const year = Number((r.date || '').slice(0, 4)) - 1;
    picked.push(year > 0 ? `${r.place}${year}年地区生产总值是多少？` : `${r.place}政府工作报告的报告人是谁？`);
  }
  return picked.slice(0, WANTED);
}

export function renderExamples(container, questions, ask) {
  container.replaceChildren(...questions.map((q) => h('li', {},
    h('button', { type: 'button', class: 'example', onclick: () => ask(q) }, q))));
}

// The same questionnaire rendered with SurveyJS, for the benchmark only (never shipped).
// Each answer is stored in IndexedDB as it changes, as Repères IA does, so both are timed alike.
import { Model } from 'survey-core';
import 'survey-core/survey-core.css';
import { renderSurvey } from 'survey-js-ui';
import questionnaire from '../../../questionnaires/reperes-ia/1.0.0.json';

type Text = Record<string, string>;
const fr = (text: Text) => text.fr ?? '';
const q = questionnaire as unknown as {
  selfScale: { id: string; label: Text }[];
  specialAnswers: { dontKnow: Text; dontUnderstand: Text };
  items: { id: string; kind: string; prompt: Text; options?: { id: string; label: Text }[] }[];
  paths: { short: { items: string[] } };
};

const items = q.paths.short.items.map((id) => q.items.find((item) => item.id === id)!);
const survey = new Model({
  locale: 'fr',
  showProgressBar: 'top',
  firstPageIsStarted: true,
  pages: [
    {
      elements: [
        {
          type: 'html',
          name: 'intro',
          html: '<h1>Où en êtes-vous avec l’intelligence artificielle ?</h1>',
        },
      ],
    },
    ...items.map((item) => ({
      elements: [
        {
          type: 'radiogroup',
          name: item.id,
          title: fr(item.prompt),
          choices:
            item.kind === 'self'
              ? [
                  ...q.selfScale.map((o) => ({ value: o.id, text: fr(o.label) })),
                  { value: '_dont-understand', text: fr(q.specialAnswers.dontUnderstand) },
                ]
              : [
                  ...(item.options ?? []).map((o) => ({ value: o.id, text: fr(o.label) })),
                  { value: '_dont-know', text: fr(q.specialAnswers.dontKnow) },
                ],
        },
      ],
    })),
  ],
});

const db = new Promise<IDBDatabase>((resolve, reject) => {
  const open = indexedDB.open('surveyjs-bench', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('answers');
  open.onsuccess = () => resolve(open.result);
  open.onerror = () => reject(open.error);
});
survey.onValueChanged.add(async (_sender, options) => {
  const tx = (await db).transaction('answers', 'readwrite');
  tx.objectStore('answers').put(options.value, options.name);
});

const view = new URLSearchParams(location.search).get('view');
if (view === 'question') survey.start();
if (view === 'results') {
  survey.data = Object.fromEntries(items.map((item) => [item.id, '_dont-know']));
  survey.doComplete();
}
renderSurvey(survey, document.getElementById('survey')!);

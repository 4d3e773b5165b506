import { useEffect, useState } from 'preact/hooks';
import { pathItems } from '../domain/path';
import type { AnswerValue } from '../domain/answers';
import type { Item, Questionnaire } from '../domain/questionnaire';
import { getAnswers } from '../storage/answers';
import type { ReperesDb } from '../storage/db';
import type { AnswerRecord, AttemptRecord } from '../storage/records';
import { loadQuestionnaire } from './questionnaires';

/** An attempt with the exact questionnaire version it was started on and its stored answers. */
export interface LoadedAttempt {
  attempt: AttemptRecord;
  questionnaire: Questionnaire;
  items: Item[];
  answers: Map<string, AnswerRecord>;
}

/** Reads an attempt's questionnaire version and answers. */
export async function loadAttempt(db: ReperesDb, attempt: AttemptRecord): Promise<LoadedAttempt> {
  const [questionnaire, answers] = await Promise.all([
    loadQuestionnaire(attempt.questionnaireId, attempt.questionnaireVersion),
    getAnswers(db, attempt.id),
  ]);
  return { attempt, questionnaire, items: pathItems(questionnaire, attempt.pathId), answers };
}

/** The chosen value of each answered item, as the domain functions take them. */
export function answerValues(answers: ReadonlyMap<string, AnswerRecord>): Map<string, AnswerValue> {
  return new Map([...answers].map(([itemId, record]) => [itemId, record.value]));
}

/** The state of something read asynchronously. */
export type Loadable<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/** Runs `load` once per change of `key` and tracks its outcome. */
export function useLoadable<T>(load: () => Promise<T>, key: unknown): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
    // `load` is recreated on each render; `key` says when it really changes.
  }, [key]);
  return state;
}

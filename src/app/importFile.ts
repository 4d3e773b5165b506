import type { TFunction } from 'i18next';
import { catalogue } from 'virtual:questionnaire-catalogue';
import type { ImportRefusal } from '../domain/exchange';
import type { ReperesDb } from '../storage/db';
import { importProfiles } from '../storage/exchange';

const MESSAGES = {
  'too-big': 'exchange.tooBig',
  empty: 'exchange.empty',
  'not-json': 'exchange.notJson',
  'not-an-export': 'exchange.notAnExport',
  'newer-version': 'exchange.newerVersion',
  invalid: 'exchange.invalid',
  'unknown-questionnaire': 'exchange.unknownQuestionnaire',
} as const;

/** The plain message for a refused file, always saying that nothing changed. */
export function refusalMessage(t: TFunction, refusal: ImportRefusal): string {
  const detail = 'detail' in refusal ? refusal.detail : '';
  return `${t('exchange.importFailed')} ${t(MESSAGES[refusal.reason], { detail })}`;
}

/**
 * Reads a results file through the one validating door, then stores it in one
 * transaction. A bad file gives a message and changes nothing.
 */
export async function importResultsFile(
  db: ReperesDb,
  file: File,
  t: TFunction,
): Promise<{ ok: boolean; message: string; profileIds: string[] }> {
  const { MAX_IMPORT_BYTES, parseExportFile } = await import('../domain/exchange');
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, message: refusalMessage(t, { reason: 'too-big' }), profileIds: [] };
  }
  const parsed = parseExportFile(await file.text(), (id, version) =>
    catalogue.some((q) => q.id === id && q.version === version),
  );
  if (!parsed.ok) return { ok: false, message: refusalMessage(t, parsed), profileIds: [] };
  const outcome = await importProfiles(db, parsed.file);
  const message =
    outcome.profilesAdded + outcome.attemptsAdded === 0
      ? t('exchange.importedNothingNew')
      : t('exchange.imported', { count: Math.max(outcome.profilesAdded, 1) });
  return { ok: true, message, profileIds: outcome.profileIds };
}

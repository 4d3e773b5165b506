import type { PathId, Questionnaire } from './questionnaire';
import type { LocalizedText } from './text';

/** What the first screen needs to know of a questionnaire, without loading it. */
export interface QuestionnaireSummary {
  id: string;
  version: string;
  status: 'draft' | 'published';
  title: LocalizedText;
  paths: Record<PathId, { items: number; minutes: number }>;
}

/** Summarises a validated questionnaire for the build-time catalogue. */
export function summarise(q: Questionnaire): QuestionnaireSummary {
  return {
    id: q.id,
    version: q.version,
    status: q.status,
    title: q.title,
    paths: {
      short: { items: q.paths.short.items.length, minutes: q.paths.short.minutes },
      complete: { items: q.paths.complete.items.length, minutes: q.paths.complete.minutes },
    },
  };
}

/**
 * The version a new attempt uses: the highest published version, or the
 * highest draft when nothing is published yet.
 */
export function currentVersion(
  catalogue: readonly QuestionnaireSummary[],
  id: string,
): QuestionnaireSummary | undefined {
  const versions = catalogue.filter((q) => q.id === id);
  const published = versions.filter((q) => q.status === 'published');
  const pool = published.length > 0 ? published : versions;
  return [...pool].sort((a, b) => compareVersions(b.version, a.version))[0];
}

/** Compares two `major.minor.patch` versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

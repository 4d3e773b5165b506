// The machine-readable summary that `npm run validate -- --json` prints for each file.
import type { Problem } from '../src/domain/problems';
import type { FileReport } from './questionnaire-files';

interface KindCount {
  self: number;
  situation: number;
}

/** What an author or a tool wants to know of a file at a glance. */
export interface AuthorSummary {
  file: string;
  valid: boolean;
  problems: Problem[];
  id?: string;
  version?: string;
  status?: string;
  languages?: string[];
  areas?: number;
  competencies?: number;
  items?: KindCount;
  byCompetency?: Record<string, KindCount>;
}

/** Summarises one file's report. */
export function summariseForAuthors(report: FileReport): AuthorSummary {
  const q = report.questionnaire;
  const base = {
    file: report.file,
    valid: report.problems.length === 0,
    problems: report.problems,
  };
  if (!q) return base;
  const count = (competency?: string): KindCount => {
    const items = q.items.filter(
      (item) => competency === undefined || item.competency === competency,
    );
    const self = items.filter((item) => item.kind === 'self').length;
    return { self, situation: items.length - self };
  };
  const competencies = q.areas.flatMap((area) => area.competencies);
  return {
    ...base,
    id: q.id,
    version: q.version,
    status: q.status,
    languages: q.languages,
    areas: q.areas.length,
    competencies: competencies.length,
    items: count(),
    byCompetency: Object.fromEntries(competencies.map((c) => [c.id, count(c.id)])),
  };
}

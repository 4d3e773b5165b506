import { readFileSync } from 'node:fs';

interface GridItem {
  id: string;
  kind: 'self' | 'situation';
  options?: { id: string; correct?: boolean; level?: number }[];
  targetLevel?: number;
}

/** The published grid the app serves, read from the repository. */
export const grid = JSON.parse(readFileSync('questionnaires/reperes-ia/1.0.0.json', 'utf8')) as {
  version: string;
  areas: { title: { fr: string } }[];
  items: GridItem[];
  paths: { short: { items: string[] }; complete: { items: string[] } };
};

export const SHORT = grid.paths.short.items.length;
export const COMPLETE = grid.paths.complete.items.length;

const byId = new Map(grid.items.map((item) => [item.id, item]));

/** The value of the best answer of an item: "can-explain", or the answer to remember. */
export function bestValue(itemId: string): string {
  const item = byId.get(itemId);
  if (!item || item.kind === 'self') return 'can-explain';
  return item.options!.find((o) => o.correct === true || o.level === item.targetLevel)!.id;
}

/** The value of the lowest answer of an item: "cannot", or "Je ne sais pas". */
export function lowestValue(itemId: string): string {
  return byId.get(itemId)?.kind === 'self' ? 'cannot' : '_dont-know';
}

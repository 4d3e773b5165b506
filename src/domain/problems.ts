import type { z } from 'zod';

/** One thing wrong in an input, located by a JSON path such as `items[3].prompt.en`. */
export interface Problem {
  path: string;
  message: string;
}

/** Formats a path array the way a person reads it in a JSON file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** Turns zod issues into plain-English problems an author can act on. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return { path, message: `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
    }
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
      return { path, message: 'missing' };
    }
    if (issue.code === 'invalid_type') {
      return { path, message: `should be ${issue.expected}` };
    }
    if (issue.code === 'invalid_value') {
      return {
        path,
        message: `should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`,
      };
    }
    if (issue.code === 'invalid_union' && 'options' in issue && issue.options) {
      return {
        path,
        message: `should be ${issue.options.map((v) => JSON.stringify(v)).join(' or ')}`,
      };
    }
    return { path, message: issue.message };
  });
}

import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../../src/storage/schema';

describe('schema versions', () => {
  it('are numbered without gaps, dated, and explained', () => {
    SCHEMA_VERSIONS.forEach((schema, index) => {
      expect(schema.version).toBe(index + 1);
      expect(schema.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(schema.why.length).toBeGreaterThan(10);
    });
  });
});

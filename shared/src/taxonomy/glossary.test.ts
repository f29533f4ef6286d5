import { describe, expect, it } from 'vitest';
import { problemGlossary } from './glossary';
import { taxonomy } from './index';

describe('problem glossary', () => {
  it('when read, then it names every skill of the taxonomy and no other', () => {
    expect(Object.keys(problemGlossary).sort()).toEqual(taxonomy.skills.map((s) => s.id).sort());
  });

  it('when read, then each skill has at least 30 distinct problems of two characters or more', () => {
    for (const [skill, problems] of Object.entries(problemGlossary)) {
      expect(new Set(problems).size, skill).toBe(problems.length);
      expect(problems.length, skill).toBeGreaterThanOrEqual(30);
      for (const problem of problems)
        expect(problem.trim().length, skill).toBeGreaterThanOrEqual(2);
    }
  });
});

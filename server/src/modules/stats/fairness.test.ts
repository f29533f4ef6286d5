import { describe, expect, it } from 'vitest';
import { concentration } from './fairness';

describe('fairness: concentration of engagements', () => {
  it('when every expert has the same number, then the Gini coefficient is 0 and the curve is the diagonal', () => {
    const figures = concentration(Array.from({ length: 20 }, () => 3));
    expect(figures.gini).toBe(0);
    expect(figures.top10Share).toBe(0.1);
    expect(figures.lorenz.every((p) => Math.abs(p.engagements - p.experts) < 1e-9)).toBe(true);
  });

  it('when one expert of ten has everything, then the top 10% hold it all and the Gini coefficient is 0.9', () => {
    const figures = concentration([0, 0, 0, 0, 0, 0, 0, 0, 0, 7]);
    expect(figures.top10Share).toBe(1);
    expect(figures.gini).toBe(0.9);
    expect(figures.lorenz.at(-3)?.engagements).toBe(0);
    expect(figures.lorenz.at(-2)?.engagements).toBe(0.5);
    expect(figures.lorenz.at(-1)).toEqual({ experts: 1, engagements: 1 });
  });

  it('when nobody was engaged yet, then the figures are zeros rather than a division by zero', () => {
    expect(concentration([0, 0, 0])).toMatchObject({ top10Share: 0, gini: 0 });
    expect(concentration([])).toMatchObject({ top10Share: 0, gini: 0 });
  });
});

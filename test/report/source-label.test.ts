import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_LABEL, sourceLabel } from '../../src/report/source-label.js';

describe('sourceLabel', () => {
  it('labels estimates and assumptions by their word, in the report language', () => {
    expect(sourceLabel('Schatting (low, PLAUSIBLE RANGE €25.500-27.500 in 2021), domain-figures §2.2', 'nl')).toBe('Schatting');
    expect(sourceLabel('Schatting: 50% van de loonkosten', 'en')).toBe('Estimate');
    expect(sourceLabel('Aanname (geen publieke bron; PLAUSIBLE 3-8%)', 'nl')).toBe('Aanname');
  });

  it('keeps a named source up to its first parenthesis, colon or link', () => {
    expect(sourceLabel('CBS CPI jaarmutatie: 2022 10,0% (https://www.cbs.nl/…)', 'nl')).toBe('CBS CPI jaarmutatie');
    expect(sourceLabel('Meicirculaire 2021 (https://example.org)', 'nl')).toBe('Meicirculaire 2021');
    expect(sourceLabel('Jaarrekening 2017 https://almelo.nl/x', 'nl')).toBe('Jaarrekening 2017');
  });

  it('says that a source is missing', () => {
    expect(sourceLabel(undefined, 'nl')).toBe('geen bron');
    expect(sourceLabel('  ', 'en')).toBe('no source');
  });

  it('never returns a label longer than the limit, nor an empty one', () => {
    fc.assert(fc.property(fc.string({ maxLength: 600 }), fc.constantFrom('nl' as const, 'en' as const), (text, lang) => {
      const label = sourceLabel(text, lang);
      expect(label.length).toBeGreaterThan(0);
      expect(label.length).toBeLessThanOrEqual(MAX_LABEL);
    }));
  });
});

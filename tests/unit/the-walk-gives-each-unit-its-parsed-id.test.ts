/**
 * The walk parses each unit's ID once and hands it on (`ref`), so pages, paths and exports take a measure's or a
 * sentence's number from it instead of parsing the ID back.
 */
import { expect, it } from 'vitest';
import { formatId } from '../../src/lib/records/ids.ts';
import { measureByNumber, measureSentences, walk } from '../../src/lib/records/walk.ts';
import { realEdition } from '../support/content.ts';

const edition = realEdition();

it('gives every step the ID of its own unit, of the kind the step is', () => {
  const steps = walk(edition);
  expect(steps.length).toBeGreaterThan(150);
  for (const step of steps) {
    const id =
      'sentence' in step
        ? step.sentence.id
        : step.kind === 'part'
          ? step.part.id
          : step.kind === 'paragraph'
            ? step.paragraph.id
            : step.measure.id;
    expect(formatId(step.ref)).toBe(id);
    const kind = step.kind === 'front' ? ['issuers', 'title', 'dateline'] : step.kind === 'preamble' ? ['preamble-sentence'] : [step.kind];
    expect(kind).toContain(step.ref.kind);
  }
});

it("numbers a measure's sentences from their IDs, in order", () => {
  const m14 = measureByNumber(edition, 14);
  if (!m14) throw new Error('no measure 14');
  const steps = measureSentences(edition, m14);
  expect(steps.map((s) => s.sentence)).toEqual(m14.sentences);
  expect(steps.map((s) => [s.ref.measure, s.ref.sentence])).toEqual(m14.sentences.map((_, i) => [14, i + 1]));
});

it('parses once per edition: a second walk is the same list', () => {
  expect(walk(edition)).toBe(walk(edition));
});

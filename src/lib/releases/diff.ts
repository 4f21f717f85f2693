/** A word-level diff of two wordings, for showing how a sentence changed (the `diff` package, word mode). */
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  readonly text: string;
  readonly op: 'same' | 'removed' | 'added';
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((c) => ({ text: c.value, op: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

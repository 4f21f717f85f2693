import { createHash } from 'node:crypto';
import type { Edition, Measure, Part, Sentence } from '../records/index.ts';
import { at, classifyLine, type Block } from './blocks.ts';
import { decodeSource } from './decode.ts';
import { checkSeedHygiene, checkToken } from '../checked/hygiene.ts';
import { SourceError } from '../checked/errors.ts';
import { readFrontMatter } from './front-matter.ts';
import { ids } from '../records/ids.ts';
import { joinTokens } from './join.ts';
import { toChineseNumeral } from '../records/numerals.ts';
import { stripTerminal } from '../records/punctuation.ts';
import { splitSentences } from './sentences.ts';
import { tokenizeLines, type Token } from './tokens.ts';
import { validateEdition } from './validate.ts';

/**
 * Parse one seed file into its records. Pure: bytes in, records out.
 * Throws a SourceError naming file:line:column for any malformed input.
 */
export function parseEdition(file: string, slug: string, bytes: Uint8Array): Edition {
  const text = checkSeedHygiene(file, decodeSource(file, bytes));
  const lines = tokenizeLines(text);
  for (const line of lines) for (const token of line.tokens) checkToken(file, token);
  const front = readFrontMatter(file, lines);
  const sentence = (id: string, tokens: readonly Token[]): Sentence => toSentence(file, id, tokens);

  const preamble: Sentence[] = [];
  const parts: Part[] = [];
  const measures: Measure[] = [];

  for (const line of lines.slice(3)) {
    const block = classifyLine(file, line);
    const part = parts.at(-1);
    if (block.kind === 'part') {
      expectNext(file, block, 'part', parts.length + 1);
      parts.push({
        id: ids.part(block.n),
        doc: slug,
        n: block.n,
        numeral: block.numeral,
        label: block.label.map((t) => t.text),
        heading: sentence(ids.partHeading(block.n), block.heading),
        paragraphs: [],
        measures: [],
        source: at(file, block.at),
      });
    } else if (block.kind === 'measure') {
      if (part === undefined) {
        throw new SourceError(at(file, block.at), "a part heading like '一 、 …' before the first measure", `measure （${block.numeral}）`);
      }
      expectNext(file, block, 'measure', measures.length + 1);
      const sentences = splitSentences(file, block.body).map((s, i) => sentence(ids.measureSentence(block.n, i + 1), s));
      const first = sentences[0];
      if (first === undefined) throw new Error('a measure body has at least one sentence');
      part.measures.push(block.n);
      measures.push({
        id: ids.measure(block.n),
        doc: slug,
        n: block.n,
        numeral: block.numeral,
        part: part.n,
        label: block.label.map((t) => t.text),
        heading: stripTerminal(first.text),
        sentences,
        source: at(file, block.at),
      });
    } else if (part === undefined) {
      const offset = preamble.length;
      preamble.push(...splitSentences(file, block.tokens).map((s, i) => sentence(ids.preambleSentence(offset + i + 1), s)));
    } else if (part.measures.length === 0) {
      const j = part.paragraphs.length + 1;
      part.paragraphs.push({
        id: ids.paragraph(part.n, j),
        sentences: splitSentences(file, block.tokens).map((s, i) => sentence(ids.paragraphSentence(part.n, j, i + 1), s)),
      });
    } else {
      const last = measures.at(-1);
      throw new SourceError(
        at(file, block.at),
        `measure （${toChineseNumeral((last?.n ?? 0) + 1)}） or a part heading after measure （${last?.numeral ?? ''}）`,
        'an unnumbered paragraph',
      );
    }
  }

  if (parts.length === 0) {
    const last = lines.at(-1);
    throw new SourceError({ file, line: (last?.line ?? 0) + 1, column: 1 }, "a part heading like '一 、 总体 要求'", 'end of file');
  }

  const edition: Edition = {
    document: {
      slug,
      issuers: front.issuers.tokens.map((t) => t.text),
      issuersLine: sentence(ids.issuers(), front.issuers.tokens),
      title: sentence(ids.title(), front.title.tokens),
      fullTitle: `${front.issuers.tokens.map((t) => t.text).join(' ')}${joinTokens(front.title.tokens.map((t) => t.text))}`,
      date: front.date,
      dateline: sentence(ids.dateline(), front.dateline.tokens),
      preamble,
      parts: parts.length,
      measures: measures.length,
      source: { file, sha256: createHash('sha256').update(bytes).digest('hex') },
    },
    parts,
    measures,
    annotations: [],
    themes: [],
  };
  validateEdition(edition, text);
  return edition;
}

function toSentence(file: string, id: string, tokens: readonly Token[]): Sentence {
  const first = tokens[0];
  if (first === undefined) throw new Error(`sentence ${id} has no tokens`);
  const words = tokens.map((t) => t.text);
  return { id, tokens: words, text: joinTokens(words), source: at(file, first) };
}

/** Parts run 1, 2, 3 …; measures run 1 … N across all parts. */
function expectNext(file: string, block: Extract<Block, { kind: 'part' | 'measure' }>, kind: 'part' | 'measure', want: number): void {
  if (block.n === want) return;
  const show = (n: number): string =>
    kind === 'part' ? `part ${toChineseNumeral(n)} 、 (${n})` : `measure （${toChineseNumeral(n)}） (${n})`;
  const found = block.n < want ? `${show(block.n)} again` : show(block.n);
  const numeralToken = kind === 'part' ? block.label[0] : block.label[1];
  throw new SourceError(at(file, numeralToken ?? block.at), show(want), found);
}

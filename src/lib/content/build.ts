import { attachAnnotations } from '../annotate/attach.ts';
import { parseAnnotationFile, parseThemesFile } from '../annotate/read.ts';
import { terminologyExceptions } from '../annotate/terminology.ts';
import { parseCorpus, type SeedFile } from '../parse/corpus.ts';
import type { Edition } from '../records/index.ts';
import { mapSentences } from '../records/walk.ts';
import { withPinyin } from '../words/pinyin.ts';
import { parseCedict, type Cedict } from '../words/cedict.ts';
import { computeWords } from '../words/read.ts';
import { parseSenses, sensesErrors, type ReviewedSenses } from '../words/senses.ts';
import { alignmentErrors, withTranslation } from '../translation/align.ts';
import { fingerprintErrors } from '../translation/fingerprint.ts';
import { parseTranslation, translationTarget } from '../translation/read.ts';

/** A hand-written content file as read from disk. */
export interface TextFile {
  readonly path: string;
  readonly text: string;
}

export interface ContentInput {
  readonly seeds: readonly SeedFile[];
  /** `content/translations/{slug}.{lang}.yaml` */
  readonly translations: readonly TextFile[];
  /** `content/annotations/{slug}/{annotation}.mdx` */
  readonly annotations?: readonly TextFile[];
  /** `content/themes/{slug}.yaml` */
  readonly themes?: readonly TextFile[];
  /** `content/words/{slug}.senses.yaml`: the reviewed sense of every word (optional). */
  readonly words?: readonly TextFile[];
  /** `content/dictionary/cc-cedict.u8`: the CC-CEDICT subset; with it, each record gets its words. */
  readonly dictionary?: TextFile;
  /** Inputs a document lacks without absent.yaml excusing it (reported once the seeds have parsed). */
  readonly missing?: readonly string[];
}

export interface ContentOutput {
  readonly editions: Edition[];
  /** Non-fatal findings for the build log: unexplained terminology exceptions. */
  readonly warnings: string[];
}

/**
 * Everything `npm run content` does, as one pure function: parse the seeds,
 * check and merge each translation, anchor annotations and attach themes,
 * check the reviewed senses and compute the words (readings, traditional
 * forms, senses) from the dictionary subset.
 * All or nothing: any error throws, listing every problem found.
 */
export function buildRecords(input: ContentInput): ContentOutput {
  const editions = parseCorpus(input.seeds);
  const slugs = editions.map((e) => e.document.slug);
  const errors: string[] = [...(input.missing ?? [])];
  const folder = (path: string, depth: number): string => path.split('/').at(-1 - depth) ?? '';

  const unknownTarget = (path: string, slug: string | undefined): boolean => {
    if (slug !== undefined && slugs.includes(slug)) return false;
    errors.push(`${path}: names document ${slug ?? '?'}, expected one of: ${slugs.join(', ')}`);
    return true;
  };
  for (const file of input.translations) {
    const target = translationTarget(folder(file.path, 0));
    if (!target) errors.push(`${file.path}: expected a name like {slug}.en.yaml`);
    else unknownTarget(file.path, target.slug);
  }
  for (const file of input.annotations ?? []) unknownTarget(file.path, folder(file.path, 1));
  for (const file of input.themes ?? []) unknownTarget(file.path, folder(file.path, 0).replace(/\.yaml$/, ''));
  for (const file of input.words ?? []) unknownTarget(file.path, folder(file.path, 0).replace(/\.senses\.yaml$/, ''));
  if (errors.length > 0) throw new Error(`content does not fit:\n  ${errors.join('\n  ')}`);

  const warnings: string[] = [];
  let cedict: Cedict | undefined;
  try {
    cedict = input.dictionary ? parseCedict(input.dictionary.text, input.dictionary.path) : undefined;
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  const out = editions.map((edition) => {
    const slug = edition.document.slug;
    let result = mapSentences(edition, withPinyin);
    for (const file of input.translations.filter((f) => translationTarget(folder(f.path, 0))?.slug === slug)) {
      const translation = parseTranslation(file.path, file.text);
      const problems = [...alignmentErrors(result, translation, file.path), ...fingerprintErrors(result, translation, file.path)];
      if (problems.length > 0) errors.push(...problems);
      else result = withTranslation(result, translation);
    }
    const annotationFiles = (input.annotations ?? [])
      .filter((f) => folder(f.path, 1) === slug)
      .map((f) => ({ ...parseAnnotationFile(f.path, f.text), path: f.path }));
    const themesFile = (input.themes ?? []).find((f) => folder(f.path, 0) === `${slug}.yaml`);
    const themes = themesFile ? parseThemesFile(themesFile.path, themesFile.text) : [];
    const attached = attachAnnotations(result, annotationFiles, themes, themesFile?.path ?? '');
    errors.push(...attached.errors);
    result = attached.edition;
    const sensesText = (input.words ?? []).find((f) => folder(f.path, 0) === `${slug}.senses.yaml`);
    let senses: ReviewedSenses | undefined;
    if (sensesText) {
      try {
        senses = parseSenses(sensesText.path, sensesText.text);
        errors.push(...sensesErrors(senses, result));
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (cedict && errors.length === 0) {
      const words = computeWords(result, cedict, senses);
      result = { ...result, words };
      const madeFor = new Set(cedict.header.madeFor ?? []);
      // Checked for the documents whose senses are reviewed: the subset is made for them (scripts/dictionary.ts).
      const unlisted = senses && cedict.header.madeFor ? words.words.map((w) => w.word).filter((w) => !madeFor.has(w)) : [];
      if (unlisted.length > 0) {
        warnings.push(`${input.dictionary?.path ?? ''}: made for other words; run \`node scripts/dictionary.ts\` so that it holds: ${unlisted.slice(0, 12).join(' ')}${unlisted.length > 12 ? ' …' : ''}`);
      }
    }
    for (const x of terminologyExceptions(result).filter((x) => x.reason === undefined)) {
      warnings.push(`${slug} ${x.sentence}: contains ${x.zh} (${x.annotation}) but its English uses none of: ${x.expected.join(' | ')}`);
    }
    return result;
  });
  if (errors.length > 0) throw new Error(`content does not fit:\n  ${errors.join('\n  ')}`);
  return { editions: out, warnings };
}

/**
 * JSON Schema (draft 2020-12) of the export at /data/{doc}.json, version 1,
 * served at /data/schema/v1.json. Written by hand, not derived from the code,
 * so that it is a contract the code is tested against rather than a mirror
 * of it. Closed objects (`additionalProperties: false`) make an unannounced
 * field a test failure; adding a field means adding it here too.
 */
import { ID_PATTERN, idPattern, type UnitKind } from '../records/ids.ts';
import { SLUG_PATTERN } from '../records/slug.ts';
import { ANNOTATION_TYPES } from '../records/annotation.ts';
import { EXPORT_VERSION } from './json.ts';

const tokens = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } as const;
const text = { type: 'string', minLength: 1 } as const;
const pinyin = {
  type: 'array',
  items: { type: 'string' },
  description: 'Hanyu Pinyin of each token, read in context: one string per token, tone marks, empty for punctuation.',
} as const;
const positive = { type: 'integer', minimum: 1 } as const;
const index = { type: 'integer', minimum: 0 } as const;
const slug = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } as const;
/** The ID of one kind of unit, by the ID module's grammar. */
const idOf = (kind: UnitKind) => ({ type: 'string', pattern: idPattern(kind).source }) as const;
/** An object with exactly these properties. */
const closed = <R extends readonly string[], P>(required: R, properties: P) =>
  ({ type: 'object', additionalProperties: false, required, properties }) as const;

const bilingual = { type: 'object', additionalProperties: false, required: ['zh', 'en'], properties: { zh: text, en: text } } as const;

/** The schema, identified by its permanent URL. */
export function exportJsonSchema(id: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Bilingual edition export, version 1',
    description:
      'One document of the edition: front matter, preamble, parts and measures, every sentence with its stable ID, ' +
      'Chinese text, English translation (when written), source tokens and their pinyin, plus the checksum of the source file; ' +
      'then the annotation layer: every termbase entry with its glosses and anchors, and the themes.',
    type: 'object',
    additionalProperties: false,
    required: [
      '$schema',
      'version',
      'slug',
      'title',
      'issuers',
      'issuersLine',
      'date',
      'dateline',
      'source',
      'sha256',
      'build',
      'preamble',
      'parts',
      'measures',
      'annotations',
      'themes',
    ],
    properties: {
      $schema: { type: 'string', description: 'URL of this schema.' },
      version: { const: EXPORT_VERSION, description: 'Changes only when a field is removed or changes meaning.' },
      slug: { type: 'string', pattern: SLUG_PATTERN.source, description: 'The document’s URL slug.' },
      title: {
        type: 'object',
        additionalProperties: false,
        required: ['zh', 'full', 'tokens'],
        properties: {
          zh: { ...text, description: 'The title without the issuers.' },
          en: { ...text, description: 'Unofficial English title.' },
          full: { ...text, description: 'The title as cited: issuers, a space, the title.' },
          tokens,
          pinyin,
        },
      },
      issuers: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', additionalProperties: false, required: ['zh'], properties: { zh: text, en: text } },
      },
      issuersLine: { $ref: '#/$defs/unit' },
      date: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Date of issue.' },
      dateline: { $ref: '#/$defs/unit' },
      source: { ...text, description: 'The source file the records were parsed from, relative to the project.' },
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the source file’s bytes, hex.' },
      build: {
        type: 'object',
        additionalProperties: false,
        required: ['date', 'dateFrom'],
        description: 'When this file was built; reproducible, so two builds of the same sources give the same bytes.',
        properties: {
          date: {
            oneOf: [{ type: 'string', format: 'date-time', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$' }, { type: 'null' }],
          },
          dateFrom: {
            enum: ['SOURCE_DATE_EPOCH', 'git', 'none'],
            description: 'SOURCE_DATE_EPOCH, the last commit of the sources, or none (date is then null).',
          },
        },
      },
      release: {
        type: 'object',
        additionalProperties: false,
        required: ['n', 'date'],
        description: 'The release of the edition’s content this file holds; every release stays published at /data/releases/{n}/.',
        properties: {
          n: { type: 'integer', minimum: 1 },
          date: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        },
      },
      preamble: {
        type: 'object',
        additionalProperties: false,
        required: ['sentences'],
        properties: { sentences: { type: 'array', items: { $ref: '#/$defs/unit' } } },
      },
      parts: { type: 'array', minItems: 1, items: { $ref: '#/$defs/part' } },
      measures: { type: 'array', items: { $ref: '#/$defs/measure' } },
      annotations: {
        type: 'array',
        items: { $ref: '#/$defs/annotation' },
        description: 'The termbase: every annotation entry, by slug, with every place it is anchored in the text.',
      },
      themes: { type: 'array', items: { $ref: '#/$defs/theme' }, description: 'The controlled list of themes and their measures.' },
    },
    $defs: {
      unit: {
        description: 'A sentence, or a sentence-like unit with its own ID (title, issuers line, date line, part heading).',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text', 'tokens'],
        properties: {
          id: { type: 'string', pattern: ID_PATTERN.source, description: 'Stable structural ID, e.g. m14.s2.' },
          text: { ...text, description: 'Chinese text: the tokens joined as Chinese typography does.' },
          en: { ...text, description: 'Unofficial English translation; absent while pending.' },
          tokens: { ...tokens, description: 'The source’s word tokens, in order.' },
          pinyin,
        },
      },
      part: closed(['n', 'id', 'numeral', 'label', 'heading', 'paragraphs', 'measures'], {
        n: positive,
        id: idOf('part'),
        numeral: text,
        label: tokens,
        heading: { $ref: '#/$defs/unit' },
        paragraphs: {
          type: 'array',
          items: closed(['id', 'sentences'], {
            id: idOf('paragraph'),
            sentences: { type: 'array', minItems: 1, items: { $ref: '#/$defs/unit' } },
          }),
        },
        measures: { type: 'array', items: positive, description: 'Numbers of the measures in this part, in order.' },
      }),
      measure: closed(['n', 'id', 'numeral', 'part', 'label', 'heading', 'sentences'], {
        n: positive,
        id: idOf('measure'),
        numeral: text,
        part: positive,
        label: { ...tokens, minItems: 3, maxItems: 3 },
        heading: { type: 'object', additionalProperties: false, required: ['zh'], properties: { zh: text, en: text } },
        sentences: { type: 'array', minItems: 1, items: { $ref: '#/$defs/unit' } },
      }),
      annotation: closed(['slug', 'type', 'zh', 'pinyin', 'en', 'variants', 'aliases', 'gloss', 'anchors'], {
        slug: { ...slug, description: 'Stable ID of the entry; its page is /{lang}/{doc}/terms/{slug}/.' },
        type: { enum: ANNOTATION_TYPES, description: 'What kind of thing the entry explains.' },
        zh: { ...text, description: 'The term as written in Chinese.' },
        pinyin: { ...text, description: 'Hanyu Pinyin with tone marks.' },
        en: { ...text, description: 'The English rendering the translation uses.' },
        variants: { type: 'array', items: text, description: 'Other English forms the translation may use.' },
        aliases: { type: 'array', items: text, description: 'Other names a reader may search for, in either language.' },
        gloss: bilingual,
        commentary: { ...text, description: 'Longer commentary as plain text, paragraphs separated by a blank line; absent when none.' },
        anchors: { type: 'array', minItems: 1, items: { $ref: '#/$defs/anchor' } },
      }),
      anchor: {
        description:
          'Where an entry stands in the text: a unit and its tokens first to last. The Web Annotation export ' +
          '(/data/{doc}.annotations.jsonld) names the same tokens with a FragmentSelector that conforms to this ' +
          'definition, its value written tokens={first}-{last}.',
        ...closed(['unit', 'first', 'last'], {
          unit: { type: 'string', pattern: ID_PATTERN.source, description: 'ID of the unit the entry is anchored in.' },
          first: { ...index, description: 'Index of the first token (0-based) in the unit’s tokens.' },
          last: { ...index, description: 'Index of the last token, inclusive.' },
          en: {
            ...closed(['start', 'end', 'text'], {
              start: index,
              end: index,
              text,
            }),
            description:
              'Where the unit’s English uses the entry’s rendering (or a variant), as the terminology check finds it: ' +
              'characters [start, end) of the English (UTF-16 code units), and the text there. Absent when the English ' +
              'does not use it (a listed exception) or is not written yet.',
          },
        }),
      },
      theme: closed(['slug', 'name', 'description', 'measures'], {
        slug: { ...slug, description: 'Stable ID of the theme; its page is /{lang}/{doc}/themes/{slug}/.' },
        name: bilingual,
        description: bilingual,
        measures: { type: 'array', minItems: 1, items: positive, description: 'Numbers of the measures under this theme.' },
      }),
    },
  } as const;
}

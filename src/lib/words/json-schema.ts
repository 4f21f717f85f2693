/**
 * JSON Schema (draft 2020-12) of the words download, /data/{doc}.words.json,
 * served at /data/schema/words-v1.json. Written by hand as a contract the
 * code is tested against; closed objects make an unannounced field fail.
 */
import { ID_PATTERN } from '../records/ids.ts';
import { SLUG_PATTERN } from '../records/slug.ts';
import { WORDS_EXPORT_VERSION } from './export.ts';

const text = { type: 'string', minLength: 1 } as const;
const strings = { type: 'array', items: text, minItems: 1 } as const;

export function wordsJsonSchema(id: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Words of one document of the edition, version 1',
    description:
      'Every distinct word (source token holding Han characters, and whole words the segmentation splits) with its pinyin and ' +
      'traditional forms in context, the sense meant here, its termbase entry, ' +
      'its CC-CEDICT senses (CC BY-SA 4.0) or an explicit statement that the dictionary lacks it, and every occurrence.',
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'version', 'slug', 'dictionary', 'traditional', 'pinyin', 'words'],
    properties: {
      $schema: { type: 'string', description: 'URL of this schema.' },
      version: { const: WORDS_EXPORT_VERSION },
      slug: { type: 'string', pattern: SLUG_PATTERN.source },
      dictionary: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'description', 'url', 'release', 'license', 'licenseUrl', 'credit', 'changes'],
        description: 'The dictionary the senses come from, its release, licence and attribution, and what was changed.',
        properties: {
          name: text,
          description: text,
          url: text,
          release: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          source: { ...text, description: 'Where the dictionary data was taken from (an npm package and version).' },
          license: text,
          licenseUrl: text,
          credit: text,
          changes: text,
        },
      },
      traditional: { ...text, description: 'How the traditional forms were made.' },
      reviewed: { ...text, description: 'Where the sense meant in this text (a word’s `sense`) comes from.' },
      pinyin: { ...text, description: 'How the pinyin was made.' },
      words: { type: 'array', minItems: 1, items: { $ref: '#/$defs/word' } },
    },
    $defs: {
      word: {
        type: 'object',
        additionalProperties: false,
        required: ['word', 'pinyin', 'traditional', 'inDictionary', 'senses', 'occurrences'],
        properties: {
          word: { ...text, description: 'The word in simplified characters, as segmented in the source.' },
          pinyin: { ...strings, description: 'Its readings in the text (tone marks), the most frequent first.' },
          traditional: { ...strings, description: 'Its traditional forms in the text, the most frequent first.' },
          tokens: {
            ...strings,
            minItems: 2,
            description: 'For a whole word the source’s segmentation splits: its tokens as they stand in the source.',
          },
          sense: {
            type: 'object',
            additionalProperties: false,
            required: ['source', 'en'],
            description: 'The sense the word has in this text, shown first: the termbase entry’s English, or a sense reviewed in context.',
            properties: {
              source: { enum: ['termbase', 'reviewed'] },
              en: text,
              slug: { ...text, description: 'The termbase entry, when the sense is its English.' },
            },
          },
          at: {
            type: 'array',
            description: 'Occurrences that mean something else than `sense`.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'token', 'en'],
              properties: { id: { type: 'string', pattern: ID_PATTERN.source }, token: { type: 'integer', minimum: 0 }, en: text },
            },
          },
          fragment: {
            const: true,
            description: 'The token only ever stands as part of a whole word (`partOf`); it has no sense of its own here.',
          },
          partOf: { ...strings, description: 'The whole words this token stands inside somewhere in the text.' },
          termbase: {
            type: 'object',
            additionalProperties: false,
            required: ['source', 'slug', 'zh', 'pinyin', 'en', 'gloss'],
            description: 'The edition’s own termbase entry for the word; it comes before the dictionary’s senses.',
            properties: {
              source: { const: 'termbase' },
              slug: text,
              zh: text,
              pinyin: text,
              en: text,
              gloss: { type: 'object', additionalProperties: false, required: ['zh', 'en'], properties: { zh: text, en: text } },
            },
          },
          inDictionary: { type: 'boolean', description: 'False when CC-CEDICT has no entry for the word; senses is then empty.' },
          senses: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['source', 'pinyin', 'traditional', 'matchesReading', 'senses'],
              properties: {
                source: { const: 'CC-CEDICT' },
                pinyin: { ...text, description: 'The entry’s reading (tone marks; capitals for proper nouns).' },
                traditional: { ...text, description: 'The entry’s traditional headword.' },
                matchesReading: { type: 'boolean', description: 'Whether the entry’s reading is one the word has in this text.' },
                senses: strings,
              },
            },
          },
          occurrences: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'token'],
              properties: {
                id: { type: 'string', pattern: ID_PATTERN.source, description: 'The sentence’s structural ID.' },
                token: { type: 'integer', minimum: 0, description: 'Index of the token in the sentence’s tokens.' },
                end: { type: 'integer', minimum: 1, description: 'For a whole word of several tokens: the index after its last token.' },
              },
            },
          },
        },
      },
    },
  } as const;
}

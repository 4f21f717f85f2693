import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditionSchema, type Edition } from './index.ts';
import { parseJson, parseWithSchema } from '../checked/read-checked.ts';

/** Where `npm run content` writes the records. */
export const RECORDS_DIR = 'content/records';

/**
 * Read and validate every record file. Throws, naming the file, if one is missing or invalid.
 * RECORDS_DIR in the environment points the site build at other records (the benchmark's synthetic corpora).
 */
export function readRecords(dir = process.env.RECORDS_DIR ?? RECORDS_DIR): Edition[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (cause) {
    throw new Error(`no records in ${dir}: run \`npm run content\` first`, { cause });
  }
  return names.map((name) => {
    const file = join(dir, name);
    return parseWithSchema(EditionSchema, parseJson(file, readFileSync(file, 'utf8')), file);
  });
}

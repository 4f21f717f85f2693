/** /data/schema/words-v1.json — JSON Schema of the words download, version 1. */
import type { APIRoute } from 'astro';
import { wordsSchemaFile } from '../../../lib/export/files.ts';
import { exportContext, serve } from '../../../lib/site/export-endpoint.ts';

export const GET: APIRoute = ({ site }) => serve(wordsSchemaFile(exportContext(site)));

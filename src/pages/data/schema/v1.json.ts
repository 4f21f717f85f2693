/** /data/schema/v1.json — JSON Schema of the export, version 1. */
import type { APIRoute } from 'astro';
import { schemaFile } from '../../../lib/export/files.ts';
import { exportContext, serve } from '../../../lib/site/export-endpoint.ts';

export const GET: APIRoute = ({ site }) => serve(schemaFile(exportContext(site)));

/** /data/words/{doc}/{chunk}.json — the reading data the word popover and the pinyin and traditional switches load on first use. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadEditions } from '../../../../lib/site/load.ts';
import { fileResponse } from '../../../../lib/site/export-endpoint.ts';
import { chunkNames, readingChunk } from '../../../../lib/words/reading-data.ts';
import { wordsOf } from '../../../../lib/words/read.ts';

export const getStaticPaths = (async () =>
  (await loadEditions()).flatMap((edition) =>
    chunkNames(edition).map((chunk) => ({ params: { doc: edition.document.slug, chunk }, props: { edition, chunk } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { edition, chunk } = props;
  return fileResponse(JSON.stringify(readingChunk(edition, wordsOf(edition), chunk, import.meta.env.BASE_URL)), 'application/json');
};

import * as pagefind from 'pagefind';
import { readFileSync, rmSync } from 'node:fs';
const e = JSON.parse(readFileSync('/work/main/content/records/trade-2019.json', 'utf8'));
for (const mode of ['plain', 'spaced']) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join());
  for (const m of e.measures) for (const [i, s] of m.sentences.entries()) {
    const zh = mode === 'plain' ? s.text : s.tokens.join(' ');
    await index.addHTMLFile({ url: `/zh/m${m.n}/#s${i + 1}`, content: `<html lang="zh-CN"><body><main data-pagefind-body><h1 data-pagefind-meta="title">m${m.n}</h1><p>${zh}</p></main></body></html>` });
    await index.addHTMLFile({ url: `/en/m${m.n}/#s${i + 1}`, content: `<html lang="en"><body><main data-pagefind-body><h1 data-pagefind-meta="title">m${m.n}</h1><p>${s.en}</p></main></body></html>` });
  }
  rmSync(`/tmp/pf/${mode}`, { recursive: true, force: true });
  const w = await index.writeFiles({ outputPath: `/tmp/pf/${mode}/pagefind` });
  console.log(mode, w.errors);
}
await pagefind.close();

import * as pagefind from 'pagefind';
import { readFileSync, rmSync } from 'node:fs';
const e = JSON.parse(readFileSync('/work/main/content/records/trade-2019.json', 'utf8'));
rmSync('/tmp/pf/two', { recursive: true, force: true });
for (const lang of ['zh', 'en']) {
  const { index } = await pagefind.createIndex({});
  for (const m of e.measures) for (const [i, s] of m.sentences.entries()) {
    const text = lang === 'zh' ? s.text : s.en;
    await index!.addHTMLFile({ url: `/${lang}/m${m.n}/#s${i + 1}`, content: `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><body><main data-pagefind-body><h1 data-pagefind-meta="title">m${m.n}</h1><p>${text}</p></main></body></html>` });
  }
  console.log(lang, (await index!.writeFiles({ outputPath: `/tmp/pf/two/pagefind/${lang}` })).errors);
}
await pagefind.close();

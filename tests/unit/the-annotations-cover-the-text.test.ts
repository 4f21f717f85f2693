import { expect, it } from 'vitest';
import { ANNOTATION_TYPES } from '../../src/lib/records/index.ts';
import { realEdition } from '../support/content.ts';

const edition = realEdition();
const zh = new Set(edition.annotations.map((a) => a.zh));

it('has at least 60 annotations, of every type', () => {
  expect(edition.annotations.length).toBeGreaterThanOrEqual(60);
  for (const type of ANNOTATION_TYPES)
    expect(
      edition.annotations.some((a) => a.type === type),
      type,
    ).toBe(true);
});

it.each([
  '一带一路',
  '单一窗口',
  '自由贸易试验区',
  '自由贸易港',
  '跨境电子商务综合试验区',
  '跨境电子商务',
  '服务外包',
  '专精特新',
  '营商环境',
  '事中事后监管',
  '供给侧结构性改革',
  '京津冀协同发展',
  '粤港澳大湾区',
  '中欧班列',
  '西部陆海新通道',
  '中国国际进口博览会',
  '世界贸易组织',
  '《贸易便利化协定》',
  '长江经济带',
  '党中央',
])('annotates %s', (term) => {
  const found = zh.has(term) || edition.annotations.some((a) => a.tokens.some((t) => t.join('') === term.replace(/[《》]/g, '')));
  expect(found).toBe(true);
});

it('lets readers search by the everyday abbreviations', () => {
  const aliases = new Set(edition.annotations.flatMap((a) => a.aliases));
  for (const alias of ['跨境电商', '进博会', 'WTO', 'CIIE', '自贸区']) expect(aliases.has(alias), alias).toBe(true);
});

it('puts every measure under at least one theme', () => {
  for (const m of edition.measures)
    expect(
      edition.themes.some((t) => t.measures.includes(m.n)),
      `measure ${m.n}`,
    ).toBe(true);
});

it('gives every annotation a gloss in both languages and at least one occurrence', () => {
  for (const a of edition.annotations) {
    expect(a.gloss.zh.length, a.slug).toBeGreaterThan(4);
    expect(a.gloss.en.length, a.slug).toBeGreaterThan(10);
    expect(a.occurrences.length, a.slug).toBeGreaterThan(0);
  }
});

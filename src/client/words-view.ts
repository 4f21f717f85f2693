/**
 * The word popover and the pinyin and traditional views (loaded by words.ts
 * on first use). Each Chinese text element names its chunk of reading data
 * (`data-w`, /data/words/{doc}/{chunk}.json); a chunk is fetched once.
 */
import type { ReadingChunk } from '../lib/words/reading-data.ts';
import { groupCacheName } from '../lib/offline/protocol.ts';
import { scriptedStyles } from './scripted-styles.ts';
import { AIDS } from './storage-keys.ts';

type Lang = 'zh' | 'en';
const lang: Lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
const base = document.documentElement.dataset.base ?? '/';

const chunks = new Map<string, Promise<ReadingChunk | undefined>>();
function chunk(name: string): Promise<ReadingChunk | undefined> {
  let found = chunks.get(name);
  if (!found) {
    found = fetch(`${base}data/words/${name}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<ReadingChunk>) : undefined))
      .catch(() => undefined);
    chunks.set(name, found);
  }
  return found;
}

/** The Chinese text element a token stands in, and the token's index there. */
interface Place {
  readonly text: HTMLElement;
  readonly index: number;
}

const tokensOf = new WeakMap<HTMLElement, HTMLElement[]>();
const original = new WeakMap<HTMLElement, string>();
function tokens(text: HTMLElement): HTMLElement[] {
  let list = tokensOf.get(text);
  if (!list) {
    list = Array.from(text.querySelectorAll<HTMLElement>('a:not(.a), span:not([class])'));
    for (const el of list) original.set(el, el.textContent ?? '');
    tokensOf.set(text, list);
  }
  return list;
}

function placeOf(token: HTMLElement): Place | undefined {
  const text = token.closest<HTMLElement>('.t[data-w]');
  if (!text) return undefined;
  const index = tokens(text).indexOf(token);
  return index === -1 ? undefined : { text, index };
}

/** A sentence's readings: [pinyin, traditional] per token, if the data has them and they fit. */
function readings(data: ReadingChunk, text: HTMLElement): [readonly string[], readonly string[]] | undefined {
  const anchor = text.closest('.s')?.id ?? '';
  const r = data.s[anchor];
  return r?.[0].length === tokens(text).length ? r : undefined;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

let pop: HTMLElement | undefined;
let opener: HTMLElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function popover(): HTMLElement {
  if (pop) return pop;
  const node = el('div', { className: 'gloss word-pop' });
  node.popover = 'auto';
  node.setAttribute('role', 'dialog');
  node.addEventListener('toggle', (event) => {
    if (event.newState === 'closed' && opener && node.dataset.hover !== '1') opener.focus();
  });
  node.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  node.addEventListener('pointerleave', () => hideLater(node));
  document.body.append(node);
  pop = node;
  return node;
}

function hideLater(node: HTMLElement): void {
  clearTimeout(hideTimer);
  if (node.dataset.hover === '1') hideTimer = setTimeout(() => node.hidePopover(), 300);
}

/** Open the popover of a token: its reading here, the word's senses, traditional form, termbase entry and word page. */
export async function open(token: HTMLElement, hover: boolean): Promise<void> {
  const place = placeOf(token);
  const name = place?.text.dataset.w;
  if (!place || !name) return;
  const [data] = await Promise.all([chunk(name), scriptedStyles()]);
  const text = original.get(token) ?? '';
  // A token the segmentation split off a whole word (包 of 外包) shows the whole word.
  const anchor = place.text.closest('.s')?.id ?? '';
  const whole = data?.c[anchor]?.find(([from, to]) => place.index >= from && place.index < to);
  const word = whole?.[2] ?? text;
  const entry = data?.w[word];
  if (!data || !entry) {
    if (!hover && token instanceof HTMLAnchorElement) location.href = token.href;
    return;
  }
  const [wordReadings, traditional, senses, count, term, meant, fromTerm] = entry;
  const r = readings(data, place.text);
  const here = whole ? wordReadings : (r?.[0][place.index] ?? wordReadings);
  const sense = data.a[anchor]?.[place.index] ?? meant;
  const s = data.t[lang];
  const page = `${data.u[lang]}${encodeURIComponent(word)}/`;
  const node = popover();
  const close = el('button', { type: 'button', className: 'gloss-close', textContent: s.close });
  close.addEventListener('click', () => node.hidePopover());
  const body: HTMLElement[] = [
    el(
      'p',
      { className: 'gloss-term' },
      el('span', { lang: 'zh-CN', textContent: word }),
      el('span', { className: 'tp', textContent: here }),
      el(
        'span',
        {},
        el('small', { className: 'tp', textContent: `${s.traditional} ` }),
        el('span', { lang: 'zh-Hant', textContent: traditional }),
      ),
    ),
  ];
  if (whole) {
    const [before, after = ''] = s.partOf.replace('{part}', text).split('{word}');
    body.push(el('p', { className: 'word-part' }, before ?? '', el('a', { href: page, lang: 'zh-CN', textContent: word }), after));
  }
  // The sense meant here comes first: the termbase entry's English where the word is a term, else the reviewed sense.
  const t = term >= 0 ? data.g[term] : undefined;
  if (sense && !(t && fromTerm && sense === meant)) body.push(el('p', { lang: 'en', className: 'word-lead' }, sense));
  if (t) {
    const termPage = new URL(`../terms/${t[4]}/`, new URL(data.u[lang], location.href)).pathname;
    body.push(
      el('p', { className: 'gloss-type', textContent: s.termbase }),
      el(
        'p',
        {},
        el('a', { href: termPage, lang: 'en', textContent: fromTerm ? meant : t[1] }),
        ' ',
        el('span', { lang: lang === 'zh' ? 'zh-CN' : 'en', textContent: lang === 'zh' ? t[2] : t[3] }),
      ),
    );
  }
  // The dictionary's senses follow, unless they only repeat the sense already shown.
  if (!senses) body.push(el('p', { className: 'not-in-dictionary', textContent: s.notInDictionary }));
  else if (senses !== sense) body.push(el('p', { lang: 'en', className: 'word-senses' }, senses));
  body.push(
    el(
      'p',
      { className: 'gloss-foot' },
      el('a', { href: page, textContent: count === 1 ? s.one : s.all.replace('{n}', String(count)) }),
      el('small', { textContent: senses ? s.source : '' }),
      close,
    ),
  );
  node.replaceChildren(...body);
  // The chunk's name starts with its document's slug (`trade-2019/m14`).
  markUnsaved(node, page, name.split('/')[0]);
  node.setAttribute('aria-label', word);
  node.dataset.hover = hover ? '1' : '';
  opener = token;
  clearTimeout(hideTimer);
  if (!node.matches(':popover-open')) node.showPopover();
  position(node, token);
  if (hover) token.addEventListener('pointerleave', () => hideLater(node), { once: true });
  else close.focus({ preventScroll: true });
}

/**
 * The pages of single words are never saved for offline reading: once the reader has saved the document, or
 * is offline, the link to the word's page says so (in the words of the page's offline control).
 */
function markUnsaved(node: HTMLElement, page: string, doc: string | undefined): void {
  const note = document.querySelector<HTMLElement>('[data-not-saved]')?.dataset.notSaved;
  const saved = doc && 'caches' in window ? caches.has(groupCacheName(doc)).catch(() => false) : Promise.resolve(false);
  void saved.then((isSaved) => {
    const link = Array.from(node.querySelectorAll('a')).find((a) => a.getAttribute('href') === page);
    if (!note || !link || (!isSaved && navigator.onLine) || link.nextElementSibling?.classList.contains('not-saved')) return;
    link.after(el('small', { className: 'not-saved', textContent: ` (${note})` }));
  });
}

/** Beside the word on a wide screen; a sheet at the foot of a phone's screen (the gloss style). */
function position(node: HTMLElement, token: HTMLElement): void {
  node.style.removeProperty('inset');
  node.style.removeProperty('margin');
  if (innerWidth < 640) return;
  const rect = token.getBoundingClientRect();
  const width = node.offsetWidth;
  const height = node.offsetHeight;
  const below = rect.bottom + 8 + height < innerHeight;
  node.style.margin = '0';
  node.style.inset = `${below ? rect.bottom + 8 : Math.max(8, rect.top - 8 - height)}px auto auto ${Math.max(8, Math.min(rect.left, innerWidth - width - 16))}px`;
}

const state = { pinyin: false, trad: false };

/** Wire the two switches (shown by words.ts): restore what was remembered, remember each change. */
export function init(): void {
  for (const aid of ['pinyin', 'trad'] as const) {
    const input = document.getElementById(`show-${aid}`);
    if (!(input instanceof HTMLInputElement)) continue;
    const save = (): void => {
      try {
        localStorage.setItem(AIDS[aid], input.checked ? '1' : '0');
      } catch {
        /* private mode: the choice lasts for this page only */
      }
    };
    try {
      if (localStorage.getItem(AIDS[aid]) === '1') input.checked = true;
    } catch {
      /* storage blocked: nothing was remembered */
    }
    input.addEventListener('change', () => {
      save();
      void setAid(aid, input.checked);
    });
    // Checked now: remembered from an earlier page, or the change that loaded this module.
    if (input.checked) {
      save();
      void setAid(aid, true);
    }
  }
}

/** Turn the pinyin (ruby) or traditional view on or off on every Chinese text of the page. */
export async function setAid(aid: 'pinyin' | 'trad', on: boolean): Promise<void> {
  state[aid] = on;
  document.documentElement.classList.toggle(`show-${aid}`, on);
  const texts = Array.from(document.querySelectorAll<HTMLElement>('.t[data-w]'));
  const names = [...new Set(texts.map((t) => t.dataset.w ?? ''))];
  const [loaded] = await Promise.all([
    Promise.all(names.map(async (n) => [n, await chunk(n)] as const)).then((pairs) => new Map(pairs)),
    scriptedStyles(),
  ]);
  for (const text of texts) {
    const data = loaded.get(text.dataset.w ?? '');
    const r = data ? readings(data, text) : undefined;
    tokens(text).forEach((token, i) => render(token, r?.[0][i] ?? '', r?.[1][i]));
  }
}

/** A token as the current views show it: simplified or traditional, with its pinyin as ruby or not. */
function render(token: HTMLElement, pinyin: string, traditional: string | undefined): void {
  const simplified = original.get(token) ?? token.textContent ?? '';
  const chars = state.trad && traditional ? traditional : simplified;
  if (state.trad && traditional && traditional !== simplified) token.lang = 'zh-Hant';
  else token.removeAttribute('lang');
  if (state.pinyin && pinyin && pinyin !== simplified) token.replaceChildren(el('ruby', {}, chars, el('rt', { textContent: pinyin })));
  else token.replaceChildren(chars);
}

/**
 * The "save for offline reading" controls and the service worker's registration (workbox-window),
 * loaded only once a reader returns or asks to save (see offline.ts). The worker does the saving
 * (src/lib/offline/worker.ts); this shows its state, its progress, and a new version waiting.
 */
import { messageSW, Workbox } from 'workbox-window';
import type { OfflineReply, OfflineRequest, OfflineState } from '../lib/offline/protocol.ts';

let started: Promise<Workbox> | undefined;
let controls: readonly HTMLElement[] = [];

/** Register the worker (once) and show each control's state. */
export function startOffline(all: readonly HTMLElement[]): Promise<Workbox> {
  controls = all;
  started ??= (async () => {
    const base = document.documentElement.dataset.base ?? '/';
    const wb = new Workbox(`${base}sw.js`, { scope: base });
    // A new version never takes over an open tab by itself: the reader is offered a reload.
    wb.addEventListener('waiting', () => offerReload(wb));
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<OfflineReply>) => {
      if (event.data.type === 'progress') showProgress(event.data.doc, event.data.done, event.data.total);
    });
    for (const control of controls) {
      control.querySelector('.offline-remove')?.addEventListener('click', () => {
        void ask({ type: 'remove', doc: control.dataset.offline ?? '' }).then(render);
      });
    }
    await wb.register();
    render(await ask({ type: 'status' }));
    return wb;
  })();
  return started;
}

/** Save one document: the worker downloads it and reports progress; the reply is the final state. */
export async function saveOffline(all: readonly HTMLElement[], doc: string): Promise<void> {
  await startOffline(all);
  for (const control of controlsOf(doc)) {
    control.dataset.state = 'saving';
    hide(control, '.offline-save', true);
    hide(control, '.offline-progress', false);
  }
  render(await ask({ type: 'save', doc }));
}

/** Ask the worker that controls this page (or, on a first registration, the one now active). */
async function ask(request: OfflineRequest): Promise<OfflineState> {
  const worker = navigator.serviceWorker.controller ?? (await navigator.serviceWorker.ready).active;
  if (!worker) throw new Error('no service worker to save with');
  const reply = (await messageSW(worker, request)) as OfflineReply;
  if (reply.type !== 'status') throw new Error(`unexpected reply from the service worker: ${reply.type}`);
  return reply.state;
}

function controlsOf(doc: string): HTMLElement[] {
  return controls.filter((c) => c.dataset.offline === doc);
}

function hide(control: HTMLElement, selector: string, hidden: boolean): void {
  const el = control.querySelector<HTMLElement>(selector);
  if (el) el.hidden = hidden;
}

function setStatus(control: HTMLElement, text: string): void {
  const status = control.querySelector('.offline-status');
  if (status) status.textContent = text;
}

function render(state: OfflineState): void {
  for (const control of controls) {
    const doc = control.dataset.offline ?? '';
    const saved = state.saved.includes(doc);
    const problem = state.problems[doc];
    control.dataset.state = saved ? 'saved' : problem ? 'problem' : 'unsaved';
    hide(control, '.offline-save', saved);
    hide(control, '.offline-progress', true);
    hide(control, '.offline-remove', !saved);
    setStatus(control, saved ? (control.dataset.saved ?? '') : problem ? (control.dataset[problem] ?? '') : '');
  }
}

function showProgress(doc: string, done: number, total: number): void {
  // Progress reported after the save's reply is stale.
  for (const control of controlsOf(doc).filter((c) => c.dataset.state === 'saving')) {
    const bar = control.querySelector('progress');
    if (bar) {
      bar.max = Math.max(total, 1);
      bar.value = done;
    }
    setStatus(control, (control.dataset.saving ?? '').replace('{done}', String(done)).replace('{total}', String(total)));
  }
}

function offerReload(wb: Workbox): void {
  for (const control of controls) {
    if (control.querySelector('.offline-update')) continue;
    const notice = document.createElement('p');
    notice.className = 'offline-update';
    notice.setAttribute('role', 'status');
    notice.textContent = `${control.dataset.update ?? ''} `;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = control.dataset.reload ?? '';
    button.addEventListener('click', () => {
      // Only now, at the reader's request, does the new version take over; the page reloads when it has.
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
    notice.append(button);
    control.prepend(notice);
  }
}

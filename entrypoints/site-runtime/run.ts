/**
 * What every site's content script runs (style.md §2 "Content script"): the adapter it is given, one batched
 * watcher, the sidebar frame, and the composer bridge. Parts and when they run:
 *
 *   start ─ read settings (brand) + open/closed state ─ mount frame if open ─ watcher.subscribe(refresh)
 *   refresh (each batch, throttled) ─ adapter.readThread ─ state → sidebar port (only when changed)
 *   wxt:locationchange ─ forget target + thread at once (never stale) ─ refresh until the new view renders
 *   input in the composer ─ debounce ─ draft → sidebar
 *   sidebar port: insert (bridge, then clipboard signal) · select-target · close · request-selection
 *   Alt+Shift+W on the page, or the background (manifest command / action) ─ toggle
 *
 * The frame is fixed at the right edge and the page is pushed left by its width, so the site's composer is
 * never under it. All of it stops when WXT invalidates the context (extension reloaded or removed).
 */
import { browser, createIframeUi, type ContentScriptContext } from '#imports';
import type { SiteAdapter } from '../../lib/sites/types';
import type { Thread } from '../../lib/thread/schema';
import { createWatcher } from '../../lib/watch';
import type { PageToSidebar, ReadResult, Theme } from '../../lib/messages';
import { parseBackgroundMessage, parseSidebarMessage } from './incoming';
import { replyControlFor, replyTargetOf } from './reply-target';
import { composerMarker, decodeResponse, insertRequestEvent, insertResultEvent } from '../../lib/sites/insert/bridge';
import { insertText } from '../../lib/sites/insert/run';

const openKey = 'webcare:sidebar-open';
const settingsKey = 'settings';
export const sidebarWidth = 380;
/** Marker the page-world bridge sets on <html> once it listens. */
const bridgeReadyAttribute = 'data-webcare-bridge';

type Port = ReturnType<typeof browser.runtime.connect>;

export function runSite(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const ports = new Set<Port>();
  let lastState = '';
  let lastDraft = '';
  let chosenTarget: string | undefined;
  let lastThread: Thread | undefined;
  /** Post ids of the thread shown before an in-site navigation, while the new view has not rendered yet. */
  let staleIds: string | undefined;
  let navigatedAt = 0;
  let lastComposer: HTMLElement | null = null;
  let brand: { name: string; handles: string[] } | undefined;
  let open = false;

  const ui = createIframeUi(ctx, {
    page: `/sidebar.html?site=${adapter.id}` as '/sidebar.html',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(wrapper, iframe) {
      wrapper.setAttribute('data-webcare', 'sidebar');
      wrapper.style.cssText =
        `position:fixed;top:0;right:0;bottom:0;width:${sidebarWidth}px;z-index:2147483646;` +
        'box-shadow:-2px 0 8px rgba(0,0,0,.15);background:transparent';
      iframe.style.cssText = 'width:100%;height:100%;border:0;display:block;color-scheme:normal';
      iframe.title = 'Webcare Assistant';
    },
  });

  // The permissions policy is fixed when the frame navigates, so `allow` must be set before it is mounted:
  // the sidebar copies to the clipboard when an insertion does not take.
  ui.iframe.setAttribute('allow', 'clipboard-write');

  const setOpen = (next: boolean, remember = true) => {
    if (next === open) return;
    open = next;
    const root = document.documentElement;
    if (open) {
      ui.mount();
      root.style.setProperty('margin-right', `${sidebarWidth}px`, 'important');
    } else {
      ui.remove();
      root.style.removeProperty('margin-right');
      ports.clear();
      lastState = '';
    }
    if (remember) void browser.storage.local.set({ [openKey]: open });
  };

  // Extension reloaded or removed: WXT removes the frame; give the page its width back too.
  ctx.onInvalidated(() => document.documentElement.style.removeProperty('margin-right'));

  const theme = (): Theme => {
    for (const element of [document.body, document.documentElement]) {
      if (!element) continue;
      const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(element).backgroundColor);
      if (match && match[4] !== '0') {
        const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
      }
    }
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  };

  const read = (): ReadResult => {
    const url = new URL(location.href);
    if (!adapter.isThreadPage(url)) return { ok: false, reason: 'not-thread-page' };
    let result;
    try {
      result = adapter.readThread(document, url, brand);
    } catch (error) {
      // Adapters return failures as values; a throw is a bug we still keep away from the page.
      result = { ok: false as const, reason: `adapter error: ${String(error)}` };
    }
    // Right after an in-site navigation a failure is usually the view still rendering: "loading", not "unreadable".
    if (!result.ok) return { ok: false, reason: Date.now() - navigatedAt < 2000 ? 'loading' : result.reason };
    const thread: Thread = result.value;
    // wxt:locationchange fires before the site renders the new view: the same posts under the new address are
    // the old thread. Say "loading" until the page changes (or 2 s pass: the same thread at a new address).
    if (staleIds !== undefined) {
      const ids = thread.posts.map((post) => post.id).join(' ');
      if (ids === staleIds && Date.now() - navigatedAt < 2000) return { ok: false, reason: 'loading' };
      staleIds = undefined;
    }
    lastThread = thread;
    if (chosenTarget && thread.posts.some((post) => post.id === chosenTarget)) {
      return { ok: true, thread: { ...thread, targetId: chosenTarget } };
    }
    return { ok: true, thread };
  };

  const send = (message: PageToSidebar) => {
    for (const port of ports) {
      try {
        port.postMessage(message);
      } catch {
        ports.delete(port);
      }
    }
  };

  const findComposer = (): HTMLElement | null =>
    lastComposer?.isConnected ? lastComposer : adapter.findComposer(document);

  const pushState = (force = false) => {
    if (ports.size === 0) return;
    const state: PageToSidebar = {
      type: 'state',
      site: adapter.id,
      url: location.href,
      read: read(),
      theme: theme(),
      composer: findComposer() !== null,
    };
    const serialised = JSON.stringify(state);
    if (!force && serialised === lastState) return;
    lastState = serialised;
    send(state);
  };

  const pushDraft = () => {
    const composer = findComposer();
    const text = composer ? (composer.innerText ?? composer.textContent ?? '') : '';
    if (text === lastDraft) return;
    lastDraft = text;
    send({ type: 'draft', text });
  };

  // Refresh at most every 200 ms, however busy the page is.
  let refreshTimer: number | undefined;
  const refreshSoon = () => {
    if (refreshTimer !== undefined) return;
    refreshTimer = ctx.setTimeout(() => {
      refreshTimer = undefined;
      pushState();
      pushDraft();
    }, 200);
  };

  const watcher = createWatcher(
    document,
    {
      MutationObserver,
      schedule: (task) => (document.hidden ? ctx.setTimeout(task, 100) : ctx.requestAnimationFrame(task)),
      onError: () => undefined,
    },
    { ignore: (node) => ui.wrapper.contains(node), signal: ctx.signal },
  );
  watcher.subscribe(refreshSoon);
  // The site may follow the system theme without re-rendering much.
  ctx.addEventListener(matchMedia('(prefers-color-scheme: dark)'), 'change', refreshSoon);

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // Never show the old thread for the new address: clear at once, then read as the new view renders.
    chosenTarget = undefined;
    staleIds = lastThread?.posts.map((post) => post.id).join(' ');
    navigatedAt = Date.now();
    lastThread = undefined;
    lastComposer = null;
    lastState = '';
    pushState(true);
    refreshSoon();
    ctx.setTimeout(refreshSoon, 2100);
  });

  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      const target = event.target as HTMLElement | null;
      const editable = target?.closest?.<HTMLElement>('[contenteditable="true"], textarea');
      if (editable && !ui.wrapper.contains(editable)) lastComposer = editable;
    },
    { capture: true },
  );

  let draftTimer: number | undefined;
  ctx.addEventListener(
    document,
    'input',
    () => {
      if (draftTimer !== undefined) clearTimeout(draftTimer);
      draftTimer = ctx.setTimeout(pushDraft, 300);
    },
    { capture: true },
  );

  // The agent clicks "reply" on a post in the page: that post becomes the target.
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      const element = event.target instanceof Element ? event.target : null;
      const postId = element ? replyTargetOf(adapter, element, new URL(location.href), lastThread) : undefined;
      if (!postId) return;
      chosenTarget = postId;
      ctx.setTimeout(() => pushState(), 0);
    },
    { capture: true },
  );

  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyW') {
        event.preventDefault();
        setOpen(!open);
      }
    },
    { capture: true },
  );

  const sidebarUrl = browser.runtime.getURL('/sidebar.html');
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'webcare-sidebar') return; // lib/messages.ts sidebarPortName (not imported: zod)
    // Only our own sidebar frame may drive the page (never a page script, never another extension).
    if (port.sender?.id !== browser.runtime.id || !port.sender.url?.startsWith(sidebarUrl)) {
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((raw) => {
      const message = parseSidebarMessage(raw);
      if (!message) return;
      switch (message.type) {
        case 'hello':
          lastDraft = '';
          pushState(true);
          pushDraft();
          break;
        case 'select-target': {
          const addressed = lastThread?.targetId;
          chosenTarget = message.postId;
          // Not the post the page is about: open the site's reply box for the chosen post, so an insert answers it.
          if (message.postId !== addressed) {
            replyControlFor(adapter, document, new URL(location.href), lastThread, message.postId)?.click();
          }
          pushState();
          break;
        }
        case 'close':
          setOpen(false);
          break;
        case 'request-selection':
          port.postMessage({ type: 'selection', text: getSelection()?.toString() ?? '' } satisfies PageToSidebar);
          break;
        case 'insert':
          void insert(message.text, message.mode).then(async (outcome) => {
            // Did not take: copy here, where the focus now is (we focused the composer), so the agent can paste.
            const copied = outcome.ok ? false : await copyToClipboard(message.text);
            port.postMessage({
              type: 'inserted',
              requestId: message.requestId,
              // Only the outcome's own fields: the sidebar's schema is strict (the bridge adds its request id).
              outcome: {
                ok: outcome.ok,
                method: outcome.method,
                copied,
                ...(outcome.reason ? { reason: outcome.reason } : {}),
              },
            } satisfies PageToSidebar);
          });
          break;
      }
    });
  });

  browser.runtime.onMessage.addListener((raw) => {
    const message = parseBackgroundMessage(raw);
    if (message?.type === 'toggle-sidebar') setOpen(!open);
    if (message?.type === 'open-sidebar') setOpen(true);
  });

  async function insert(text: string, mode: 'append' | 'replace') {
    const composer = findComposer();
    if (!composer) return { ok: false, method: 'none', reason: 'no reply box on the page' };
    if (!document.documentElement.hasAttribute(bridgeReadyAttribute)) {
      return insertText(composer, text, { mode, wait: (ms) => new Promise((r) => ctx.setTimeout(r, ms)) });
    }
    const id = Math.random().toString(36).slice(2);
    composer.setAttribute(composerMarker, id);
    try {
      return await new Promise<{ ok: boolean; method: string; reason?: string }>((resolve) => {
        const timer = ctx.setTimeout(() => resolve({ ok: false, method: 'none', reason: 'no answer' }), 4000);
        const onResult = (event: Event) => {
          const response = decodeResponse((event as CustomEvent).detail);
          if (response?.id !== id) return;
          clearTimeout(timer);
          document.removeEventListener(insertResultEvent, onResult);
          resolve(response);
        };
        document.addEventListener(insertResultEvent, onResult);
        document.dispatchEvent(new CustomEvent(insertRequestEvent, { detail: JSON.stringify({ id, text, mode }) }));
      });
    } finally {
      composer.removeAttribute(composerMarker);
      pushDraft();
    }
  }

  void browser.storage.local.get([openKey, settingsKey]).then((stored) => {
    brand = brandFrom(stored[settingsKey], adapter.id);
    setOpen(stored[openKey] !== false, false);
    refreshSoon();
  });
}

/** Brand name and this site's handles from the stored settings (validated in the sidebar; here only picked). */
function brandFrom(settings: unknown, site: SiteAdapter['id']): { name: string; handles: string[] } | undefined {
  if (!settings || typeof settings !== 'object') return undefined;
  const value = settings as { brand?: { name?: unknown; handles?: Record<string, unknown> } };
  const name = typeof value.brand?.name === 'string' ? value.brand.name : '';
  const handles = value.brand?.handles?.[site];
  return {
    name,
    handles: Array.isArray(handles) ? handles.filter((h): h is string => typeof h === 'string') : [],
  };
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

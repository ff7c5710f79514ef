/**
 * The sidebar's link to its page: a port to the top frame of the tab it is in (extension messaging only — a page
 * script cannot speak it). Every message in is checked with zod; anything else is dropped.
 */
import { browser } from '#imports';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  pageToSidebarSchema,
  parseMessage,
  sidebarPortName,
  type InsertOutcome,
  type PageToSidebar,
  type SidebarToPage,
} from '../../lib/messages';

export type PageState = Extract<PageToSidebar, { type: 'state' }>;

export interface PageLink {
  state?: PageState;
  draft: string;
  connected: boolean;
  selection?: { text: string; url: string };
  send(message: SidebarToPage): void;
  insert(text: string): Promise<InsertOutcome>;
}

async function currentTabId(): Promise<number | undefined> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) return tab.id;
  const answer = (await browser.runtime.sendMessage({ type: 'whoami' }).catch(() => undefined)) as
    { tabId?: number } | undefined;
  return answer?.tabId;
}

export function usePageLink(enabled: boolean): PageLink {
  const [state, setState] = useState<PageState>();
  const [draft, setDraft] = useState('');
  const [selection, setSelection] = useState<{ text: string; url: string }>();
  const stateUrl = useRef('');
  const [connected, setConnected] = useState(false);
  const port = useRef<ReturnType<typeof browser.tabs.connect> | undefined>(undefined);
  const pending = useRef(new Map<string, (outcome: InsertOutcome) => void>());

  useEffect(() => {
    if (!enabled) return;
    let closed = false;
    void currentTabId().then((tabId) => {
      if (closed || tabId === undefined) return;
      const link = browser.tabs.connect(tabId, { name: sidebarPortName, frameId: 0 });
      port.current = link;
      setConnected(true);
      link.onDisconnect.addListener(() => setConnected(false));
      link.onMessage.addListener((raw) => {
        const message = parseMessage(pageToSidebarSchema, raw);
        if (!message) return;
        if (message.type === 'state') {
          stateUrl.current = message.url;
          setState(message);
        } else if (message.type === 'draft') setDraft(message.text);
        else if (message.type === 'selection') setSelection({ text: message.text, url: stateUrl.current });
        else if (message.type === 'inserted') {
          pending.current.get(message.requestId)?.(message.outcome);
          pending.current.delete(message.requestId);
        }
      });
      link.postMessage({ type: 'hello' } satisfies SidebarToPage);
    });
    return () => {
      closed = true;
      port.current?.disconnect();
    };
  }, [enabled]);

  const send = useCallback((message: SidebarToPage) => port.current?.postMessage(message), []);
  const insert = useCallback(
    (text: string) =>
      new Promise<InsertOutcome>((resolve) => {
        if (!port.current) {
          resolve({ ok: false, method: 'none', copied: false, reason: 'no page' });
          return;
        }
        const requestId = Math.random().toString(36).slice(2);
        pending.current.set(requestId, resolve);
        port.current.postMessage({ type: 'insert', requestId, text, mode: 'replace' } satisfies SidebarToPage);
      }),
    [],
  );
  return { state, draft, connected, selection, send, insert };
}

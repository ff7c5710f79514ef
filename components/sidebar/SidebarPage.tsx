/** Chooses the sidebar's source — the linked page (site mode) or a capture of another page (web mode). */
import { browser } from '#imports';
import { useEffect, useState } from 'react';
import { parseMessage, webCaptureSchema, type ReadResult, type Theme, type WebCapture } from '../../lib/messages';
import { LanguageRoot } from '../common/LanguageRoot';
import { useSettings } from '../common/settings';
import { usePageLink } from './connection';
import { Sidebar } from './Sidebar';
import { selectionThread } from './selection-thread';

export function SidebarPage({ params }: { params: URLSearchParams }) {
  const [settings] = useSettings();
  const web = params.get('mode') === 'web';
  return (
    <LanguageRoot settings={settings}>
      {settings && (web ? <WebSidebar params={params} settings={settings} /> : <SiteSidebar settings={settings} />)}
    </LanguageRoot>
  );
}

function SiteSidebar({ settings }: { settings: NonNullable<ReturnType<typeof useSettings>[0]> }) {
  const link = usePageLink(true);
  // The selection fallback holds only for the address it was taken on: never an old thread for a new page.
  const fromSelection: ReadResult | undefined =
    link.selection && link.selection.url === link.state?.url
      ? selectionThread(link.selection.text, link.selection.url)
      : undefined;
  const read = fromSelection ?? link.state?.read;
  return (
    <Sidebar
      settings={settings}
      read={read}
      url={link.state?.url ?? ''}
      theme={link.state?.theme ?? 'light'}
      draft={link.draft}
      linked={link.connected}
      onSelectTarget={(postId) => link.send({ type: 'select-target', postId })}
      onInsert={(text) => link.insert(text)}
      onClose={() => link.send({ type: 'close' })}
      onUseSelection={() => link.send({ type: 'request-selection' })}
    />
  );
}

function WebSidebar({
  params,
  settings,
}: {
  params: URLSearchParams;
  settings: NonNullable<ReturnType<typeof useSettings>[0]>;
}) {
  const [capture, setCapture] = useState<WebCapture>();
  const theme: Theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  useEffect(() => {
    void (async () => {
      let tabId = Number(params.get('tab') ?? NaN);
      if (Number.isNaN(tabId)) {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        tabId = tab?.id ?? NaN;
      }
      const answer = await browser.runtime.sendMessage({ type: 'capture-tab', tabId }).catch((error: unknown) => ({
        read: { ok: false, reason: String(error) },
        url: '',
        title: '',
        source: 'none',
      }));
      setCapture(
        parseMessage(webCaptureSchema, answer) ?? {
          read: { ok: false, reason: 'no answer' },
          url: '',
          title: '',
          source: 'none',
        },
      );
    })();
  }, [params]);
  return (
    <Sidebar settings={settings} read={capture?.read} url={capture?.url ?? ''} theme={theme} draft="" linked={false} />
  );
}

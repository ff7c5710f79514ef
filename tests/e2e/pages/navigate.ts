/**
 * Test page script: the fixture page's own in-site navigation, as a single-page app does it — fetch the next
 * view, swap the body, history.pushState (the page's call, not ours). Called by tests via window.__e2eNavigate.
 */
declare global {
  interface Window {
    __e2eNavigate?: (url: string) => Promise<void>;
  }
}

window.__e2eNavigate = async (url: string) => {
  const html = await (await fetch(`${url}${url.includes('?') ? '&' : '?'}raw=1`)).text();
  const next = new DOMParser().parseFromString(html, 'text/html');
  history.pushState({}, '', url);
  // Like a real SPA the new view renders a moment after the address changes (data is fetched first).
  await new Promise((resolve) => setTimeout(resolve, 600));
  document.title = next.title;
  // Like a real SPA the body element stays; its children are replaced (our frame is outside body, on <html>).
  document.body.replaceChildren(...Array.from(next.body.childNodes).map((node) => document.importNode(node, true)));
};

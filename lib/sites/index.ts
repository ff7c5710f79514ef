/** The site adapters, one line each (style.md §2): the content scripts and `webcare read` pick one by address. */
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

export const adapters: readonly SiteAdapter[] = [xAdapter, facebookAdapter, linkedinAdapter];

const hostSuffixes: Record<SiteAdapter['id'], readonly string[]> = {
  x: ['x.com', 'twitter.com'],
  facebook: ['facebook.com'],
  linkedin: ['linkedin.com'],
};

/** The adapter for a page address (x.com, twitter.com, facebook.com, linkedin.com and their subdomains). */
export function adapterFor(url: URL | string): SiteAdapter | undefined {
  let host: string;
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return adapters.find((adapter) =>
    hostSuffixes[adapter.id].some((suffix) => host === suffix || host.endsWith(`.${suffix}`)),
  );
}

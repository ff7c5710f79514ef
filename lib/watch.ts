/**
 * The one batched DOM watcher of a page (style.md §2): a single MutationObserver whose callback only queues
 * records; the queue is handled on the next scheduled slot (an animation frame in the page), so a burst of
 * mutations from a virtualised list costs one pass. Records of nodes that cannot matter (our own frame) are
 * skipped; each listener runs in try/catch so one failure never breaks the page or the other listeners; the
 * observer disconnects when the last listener leaves or the signal aborts.
 *
 * Pure of globals: the caller passes the MutationObserver class and the scheduler (lib/ gets its world as
 * parameters), which is also how tests drive it.
 */

export type MutationListener = (records: readonly MutationRecord[]) => void;

export interface WatchWorld {
  MutationObserver: typeof MutationObserver;
  /** Runs `task` soon, once; e.g. requestAnimationFrame, or a timer when the tab is hidden. */
  schedule: (task: () => void) => void;
  /** Called with a listener's error instead of throwing into the page. */
  onError?: (error: unknown) => void;
}

export interface WatchOptions {
  /** Records whose target is inside a node for which this returns true are dropped (e.g. our own frame). */
  ignore?: (node: Node) => boolean;
  /** Attributes worth waking up for; default none (childList and characterData only). */
  attributeFilter?: string[];
  signal?: AbortSignal;
}

export interface Watcher {
  /** Adds a listener; returns its removal. */
  subscribe(listener: MutationListener): () => void;
  /** Handle queued records now (tests, or a caller that must not wait a frame). */
  flush(): void;
  readonly active: boolean;
}

export function createWatcher(root: Node, world: WatchWorld, options: WatchOptions = {}): Watcher {
  const listeners = new Set<MutationListener>();
  let queue: MutationRecord[] = [];
  let scheduled = false;
  let observer: MutationObserver | undefined;

  const flush = () => {
    scheduled = false;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    for (const listener of [...listeners]) {
      try {
        listener(batch);
      } catch (error) {
        world.onError?.(error);
      }
    }
  };

  const start = () => {
    if (observer) return;
    observer = new world.MutationObserver((records) => {
      const ignore = options.ignore;
      for (const record of records) {
        if (!ignore || !ignore(record.target)) queue.push(record);
      }
      if (queue.length > 0 && !scheduled) {
        scheduled = true;
        world.schedule(flush);
      }
    });
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      ...(options.attributeFilter ? { attributes: true, attributeFilter: options.attributeFilter } : {}),
    });
  };

  const stop = () => {
    observer?.disconnect();
    observer = undefined;
    queue = [];
  };

  options.signal?.addEventListener('abort', () => {
    listeners.clear();
    stop();
  });

  return {
    subscribe(listener) {
      if (options.signal?.aborted) return () => undefined;
      listeners.add(listener);
      start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    flush,
    get active() {
      return observer !== undefined;
    },
  };
}

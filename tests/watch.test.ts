// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createWatcher, type WatchWorld } from '../lib/watch';

/** A scheduler the test drives: tasks wait until `run()`. */
function manualWorld(): WatchWorld & { run(): void; pending(): number; errors: unknown[] } {
  let tasks: (() => void)[] = [];
  const errors: unknown[] = [];
  return {
    MutationObserver,
    schedule: (task) => tasks.push(task),
    onError: (error) => errors.push(error),
    errors,
    pending: () => tasks.length,
    run() {
      const now = tasks;
      tasks = [];
      now.forEach((task) => task());
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createWatcher', () => {
  it('batches a burst of mutations into one scheduled pass per listener', async () => {
    const world = manualWorld();
    const root = document.createElement('div');
    document.body.append(root);
    const watcher = createWatcher(root, world);
    const listener = vi.fn();
    watcher.subscribe(listener);
    for (let i = 0; i < 50; i++) root.append(document.createElement('p'));
    await settle();
    expect(listener).not.toHaveBeenCalled(); // never inside the observer callback
    expect(world.pending()).toBe(1);
    world.run();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0].length).toBeGreaterThan(0);
  });

  it('skips records inside ignored nodes (our own frame) and schedules nothing for them', async () => {
    const world = manualWorld();
    const root = document.createElement('div');
    const ours = document.createElement('div');
    root.append(ours);
    document.body.append(root);
    const watcher = createWatcher(root, world, { ignore: (node) => ours.contains(node) });
    const listener = vi.fn();
    watcher.subscribe(listener);
    ours.append(document.createElement('span'));
    await settle();
    expect(world.pending()).toBe(0);
    root.append(document.createElement('span'));
    await settle();
    world.run();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps going when a listener throws, and reports the error', async () => {
    const world = manualWorld();
    const root = document.createElement('div');
    document.body.append(root);
    const watcher = createWatcher(root, world);
    const good = vi.fn();
    watcher.subscribe(() => {
      throw new Error('adapter bug');
    });
    watcher.subscribe(good);
    root.append(document.createElement('p'));
    await settle();
    expect(() => world.run()).not.toThrow();
    expect(good).toHaveBeenCalledTimes(1);
    expect(world.errors).toHaveLength(1);
  });

  it('disconnects when the last listener leaves and when the signal aborts', async () => {
    const world = manualWorld();
    const root = document.createElement('div');
    document.body.append(root);
    const controller = new AbortController();
    const watcher = createWatcher(root, world, { signal: controller.signal });
    const stop = watcher.subscribe(() => undefined);
    expect(watcher.active).toBe(true);
    stop();
    expect(watcher.active).toBe(false);
    const listener = vi.fn();
    watcher.subscribe(listener);
    controller.abort();
    expect(watcher.active).toBe(false);
    root.append(document.createElement('p'));
    await settle();
    world.run();
    expect(listener).not.toHaveBeenCalled();
    expect(watcher.subscribe(listener)).toBeTypeOf('function');
    expect(watcher.active).toBe(false);
  });
});

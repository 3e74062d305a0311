import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { idleTooLong, LOCK_AFTER_MS, watchInactivity } from '@/features/sync/offline-session/inactivity';
import { lastActivity } from '@/lib/last-activity';

const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-05T09:00:00Z') });
  lastActivity.clear();
});

afterEach(() => {
  vi.useRealTimers();
  lastActivity.clear();
});

describe('the inactivity lock', () => {
  it('waits 10 minutes by default', () => {
    expect(LOCK_AFTER_MS).toBe(10 * MINUTE);
  });

  it('fires after the delay without interaction, and not before', () => {
    const onIdle = vi.fn();
    const stop = watchInactivity(onIdle);

    vi.advanceTimersByTime(LOCK_AFTER_MS - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledOnce();
    stop();
  });

  it('starts the delay again at each touch or key', () => {
    const onIdle = vi.fn();
    const stop = watchInactivity(onIdle);

    vi.advanceTimersByTime(9 * MINUTE);
    document.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(9 * MINUTE);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(9 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();

    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledOnce();
    stop();
  });

  it('counts from the last interaction recorded before a reload, not from the reload', () => {
    lastActivity.mark(Date.now() - 8 * MINUTE);
    const onIdle = vi.fn();
    const stop = watchInactivity(onIdle);

    vi.advanceTimersByTime(2 * MINUTE);
    expect(onIdle).toHaveBeenCalledOnce();
    stop();
  });

  it('keeps the last interaction for a reload, which then opens locked once the delay has passed', () => {
    const stop = watchInactivity(vi.fn());
    vi.advanceTimersByTime(6_000);
    document.dispatchEvent(new Event('touchstart'));
    stop();

    expect(lastActivity.get()).toBe(Date.now());
    expect(idleTooLong()).toBe(false);
    vi.setSystemTime(Date.now() + LOCK_AFTER_MS);
    expect(idleTooLong()).toBe(true);
  });

  it('stops watching once stopped', () => {
    const onIdle = vi.fn();
    watchInactivity(onIdle)();

    vi.advanceTimersByTime(2 * LOCK_AFTER_MS);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

/**
 * Roving focus for a group of buttons (WAI-ARIA toolbar / tabs pattern): the group is one tab
 * stop, on the current item, and the arrow keys, Home and End move between its items. With
 * `selectOnMove` (tabs) moving also selects. Items are the group's elements marked
 * `data-roving`.
 */
import { useState, type KeyboardEvent } from 'react';

export function useRovingFocus({
  count,
  current,
  onSelect,
  selectOnMove = false,
  columns,
}: {
  count: number;
  /** The item that holds the tab stop when the group is entered (the selected one). */
  current: number;
  onSelect?: (i: number) => void;
  selectOnMove?: boolean;
  /** For a grid of items: Up / Down move by this many. */
  columns?: () => number;
}) {
  const [focused, setFocused] = useState<number | null>(null);
  const stop = Math.min(Math.max(0, focused ?? current), Math.max(0, count - 1));
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>('[data-roving]'));
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const cols = columns?.() ?? 1;
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      ArrowDown: at + cols,
      ArrowUp: at - cols,
      Home: 0,
      End: items.length - 1,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(items.length - 1, moves[e.key]));
    setFocused(next);
    items[next].focus();
    if (selectOnMove) onSelect?.(next);
  };
  return {
    groupProps: { onKeyDown },
    itemProps: (i: number) => ({
      tabIndex: i === stop ? 0 : -1,
      'data-roving': '',
      onFocus: () => setFocused(i),
    }),
  };
}

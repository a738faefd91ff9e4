/**
 * One heavy job of the lab at a time: the live KV-cache timing and the ablation take turns, so
 * a timing is never measured while the ablation is using the same cores (which made the
 * measured rates drop several-fold with no sign why). `acquire` calls `start` once no other job
 * holds the turn (at once if none does) and returns `release`, which ends the turn or leaves the
 * queue; calling it twice is harmless.
 */
interface Waiter {
  id: symbol;
  start: () => void;
}

let holder: symbol | null = null;
const queue: Waiter[] = [];

function next(): void {
  const w = queue.shift();
  if (!w) return;
  holder = w.id;
  w.start();
}

export function acquire(start: () => void): () => void {
  const id = Symbol('lab job');
  if (holder === null) {
    holder = id;
    start();
  } else {
    queue.push({ id, start });
  }
  return () => {
    if (holder === id) {
      holder = null;
      next();
    } else {
      const k = queue.findIndex((w) => w.id === id);
      if (k >= 0) queue.splice(k, 1);
    }
  };
}

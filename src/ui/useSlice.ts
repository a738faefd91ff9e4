/**
 * A few fields of a lab's state as one object that keeps its identity while those fields are
 * unchanged, so a memoized figure given it skips the renders that other sliders cause: moving
 * PPO's ε redraws the clip chart and leaves the ChatML explorer alone.
 *
 *   const chatml = useSlice(state, CHATML_FIELDS);   // Pick<State, 'conv' | 'vocab' | 'gen'>
 *   <ChatmlExplorer state={chatml} setState={setState} />   // ChatmlExplorer = memo(…)
 */
import { useMemo } from 'react';

export function useSlice<S extends object, K extends keyof S>(
  state: S,
  keys: readonly K[],
): Pick<S, K> {
  const values = keys.map((k) => state[k]);
  return useMemo(
    () => {
      const out = {} as Pick<S, K>;
      keys.forEach((k, i) => (out[k] = values[i]));
      return out;
    },
    // The dependencies are the picked values themselves (one per key, in a fixed order).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    values,
  );
}

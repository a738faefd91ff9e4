/**
 * A formula rendered by KaTeX from a TeX string that the project writes (never from visitor
 * text). `trust: false` keeps KaTeX from emitting links or HTML commands.
 */
import { useEffect, useRef } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';

export function Formula({
  tex,
  block = true,
  label,
}: {
  tex: string;
  block?: boolean;
  label?: string;
}) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    katex.render(tex, ref.current, {
      displayMode: block,
      throwOnError: false,
      trust: false,
      strict: 'ignore',
    });
  }, [tex, block]);
  return (
    <span
      ref={ref}
      className={block ? 'formula formula-block' : 'formula'}
      role="math"
      aria-label={label ?? tex}
    />
  );
}

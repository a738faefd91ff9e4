/**
 * Bars the visitor drags to edit a short vector (values in [−4, 4]). Each bar is a keyboard
 * slider too: arrows move it by 0.1, Page Up/Down by 1, Home/End to the limits.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { VECTOR_LIMIT, clampEntry } from './vector.ts';

const BAR = 40;
const H = 180;
const PAD = 10;

export function VectorEditor({
  values,
  onChange,
}: {
  values: readonly number[];
  onChange: (values: number[]) => void;
}) {
  const { t } = useTranslation('norm');
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef<number | null>(null);
  const W = values.length * BAR;
  const yOf = (v: number) => PAD + ((VECTOR_LIMIT - v) / (2 * VECTOR_LIMIT)) * (H - 2 * PAD);
  const zero = yOf(0);

  const set = (i: number, v: number) => {
    const next = values.slice();
    next[i] = clampEntry(v);
    if (next[i] !== values[i]) onChange(next);
  };
  const valueAt = (clientY: number) => {
    const r = svg.current!.getBoundingClientRect();
    const y = ((clientY - r.top) / r.height) * H;
    return VECTOR_LIMIT - ((y - PAD) / (H - 2 * PAD)) * 2 * VECTOR_LIMIT;
  };
  const onKey = (i: number, e: React.KeyboardEvent) => {
    const steps: Record<string, number> = {
      ArrowUp: 0.1,
      ArrowRight: 0.1,
      ArrowDown: -0.1,
      ArrowLeft: -0.1,
      PageUp: 1,
      PageDown: -1,
    };
    if (e.key in steps) set(i, values[i] + steps[e.key]);
    else if (e.key === 'Home') set(i, -VECTOR_LIMIT);
    else if (e.key === 'End') set(i, VECTOR_LIMIT);
    else return;
    e.preventDefault();
  };

  return (
    <svg
      ref={svg}
      className="vector-editor"
      viewBox={`0 0 ${W} ${H}`}
      style={{ width: W * 1.4 }}
      data-testid="vector-editor"
      role="group"
      aria-label={t('vector.label')}
      onPointerMove={(e) => {
        if (dragging.current !== null) set(dragging.current, valueAt(e.clientY));
      }}
      onPointerUp={() => (dragging.current = null)}
      onPointerCancel={() => (dragging.current = null)}
    >
      <line x1={0} x2={W} y1={zero} y2={zero} className="vector-axis" />
      {values.map((v, i) => {
        const y = yOf(v);
        return (
          <g
            key={i}
            role="slider"
            tabIndex={0}
            aria-label={t('vector.entry', { i: i + 1 })}
            aria-valuemin={-VECTOR_LIMIT}
            aria-valuemax={VECTOR_LIMIT}
            aria-valuenow={v}
            data-testid={`vector-bar-${i}`}
            className="vector-bar"
            onKeyDown={(e) => onKey(i, e)}
            onPointerDown={(e) => {
              dragging.current = i;
              svg.current?.setPointerCapture(e.pointerId);
              set(i, valueAt(e.clientY));
            }}
          >
            <rect x={i * BAR} y={0} width={BAR} height={H} className="vector-hit" />
            <rect
              x={i * BAR + 6}
              width={BAR - 12}
              y={Math.min(y, zero)}
              height={Math.max(1, Math.abs(y - zero))}
              className={v >= 0 ? 'vector-fill pos' : 'vector-fill neg'}
            />
            <text x={i * BAR + BAR / 2} y={H - 1} className="vector-label">
              {v.toFixed(1)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

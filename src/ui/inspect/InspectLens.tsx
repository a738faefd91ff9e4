/**
 * The logit lens as a stage × position grid: each residual stage (after the embedding, after
 * each attention and MLP block) read through the final RMSNorm and the output head. Each cell
 * lists its top 5 tokens with probabilities and the rank and probability of the token that
 * actually came next; a cell whose top token is that token is marked.
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TokenInfo } from '../../runtime/chatTypes.ts';
import type { InspectResult } from '../../runtime/inspect.worker.ts';
import { tokenLabel } from '../tokenLabel.ts';

export const pct = (p: number) =>
  p >= 0.9995 ? '100%' : p < 0.001 ? `${(p * 100).toExponential(0)}%` : `${(p * 100).toFixed(1)}%`;

/** Stage names: emb, L1 attn, L1 MLP, … (layers counted from 1 on screen). */
export function stageNames(layers: number, t: TFunction<'inspect'>): string[] {
  const names = [t('stage.embedding')];
  for (let l = 0; l < layers; l++) {
    names.push(t('stage.attention', { l: l + 1 }), t('stage.mlp', { l: l + 1 }));
  }
  return names;
}

export function InspectLens({ r, tokens }: { r: InspectResult; tokens: TokenInfo[] }) {
  const { t } = useTranslation('inspect');
  const stages = r.lens[0]?.length ?? 0;
  const names = stageNames((stages - 1) / 2, t);
  const name = (id: number) => tokenLabel(r.names[id] ?? tokens[0]);
  return (
    <div className="inspect-lens">
      <p className="inspect-note">{t('lens.what')}</p>
      <div className="inspect-scroll" tabIndex={0} role="region" aria-label={t('lens.title')}>
        <table className="data lens-grid" data-testid="lens-grid">
          <thead>
            <tr>
              <th scope="col">{t('lens.stage')}</th>
              {r.lensPositions.map((p, i) => (
                <th
                  scope="col"
                  key={p}
                  className={p === r.position ? 'lens-chosen' : undefined}
                  data-position={p}
                >
                  <span className="mono">{tokenLabel(tokens[p])}</span>
                  <span className="lens-next">
                    {r.lensTargets[i] === null ? '→ ?' : `→ ${name(r.lensTargets[i]!)}`}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((stageName, s) => (
              <tr key={s} data-stage={s}>
                <th scope="row">{stageName}</th>
                {r.lens.map((cells, i) => {
                  const c = cells[s];
                  const target = r.lensTargets[i];
                  const hit = target !== null && c.top[0]?.id === target;
                  return (
                    <td
                      key={i}
                      className={
                        (hit ? 'lens-hit' : '') +
                        (r.lensPositions[i] === r.position ? ' lens-chosen' : '')
                      }
                      data-testid={r.lensPositions[i] === r.position ? 'lens-cell' : undefined}
                      data-top={c.top[0]?.id}
                    >
                      <ol className="lens-top">
                        {c.top.map((e) => (
                          <li key={e.id} className={e.id === target ? 'lens-target' : undefined}>
                            <span className="mono">{name(e.id)}</span> {pct(e.prob)}
                          </li>
                        ))}
                      </ol>
                      {c.targetRank !== undefined && (
                        <span className="lens-rank" data-rank={c.targetRank}>
                          {t('lens.rank', { rank: c.targetRank, p: pct(c.targetProb ?? 0) })}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

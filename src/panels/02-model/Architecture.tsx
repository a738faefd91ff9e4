/**
 * The architecture as report §2.3 describes it: embedding, N × [RMSNorm → attention with RoPE →
 * residual → RMSNorm → SwiGLU → residual], final RMSNorm, untied output head. Each block is a
 * button; selecting it (click or keyboard focus) shows its tensors, shapes and parameter count
 * for the chosen model, and the explanation beside it follows the block.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, TensorCount } from '../../kernels/reference/paramCount.ts';
import { Explain, Figure } from '../../ui/Explain.tsx';
import type { LabModel } from './archModels.ts';
import { fmtCompact, fmtInt, fmtPct } from '../../ui/format.ts';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

/** The dimensions each tensor's shape is made of, in config vocabulary. */
const SYMBOLS: Record<string, string> = {
  'embed_tokens.weight': 'vocab × hidden',
  'input_layernorm.weight': 'hidden',
  'self_attn.q_proj.weight': 'heads·head_dim × hidden',
  'self_attn.q_proj.bias': 'heads·head_dim',
  'self_attn.k_proj.weight': 'kv_heads·head_dim × hidden',
  'self_attn.k_proj.bias': 'kv_heads·head_dim',
  'self_attn.v_proj.weight': 'kv_heads·head_dim × hidden',
  'self_attn.v_proj.bias': 'kv_heads·head_dim',
  'self_attn.o_proj.weight': 'hidden × heads·head_dim',
  'post_attention_layernorm.weight': 'hidden',
  'mlp.gate_proj.weight': 'intermediate × hidden',
  'mlp.up_proj.weight': 'intermediate × hidden',
  'mlp.down_proj.weight': 'hidden × intermediate',
  'norm.weight': 'hidden',
  'lm_head.weight': 'vocab × hidden',
};

/** Which explanation goes with which block. */
const WHY: Record<Block, string> = {
  embed: 'untied',
  norm1: 'prenorm',
  attn: 'attention',
  norm2: 'prenorm',
  mlp: 'swiglu',
  final: 'prenorm',
  head: 'untied',
};

export const Architecture = memo(function Architecture({
  model,
  block,
  onBlock,
}: {
  model: LabModel;
  block: Block;
  onBlock: (b: Block) => void;
}) {
  const { t } = useTranslation('model');
  const why = WHY[block];
  return (
    <Figure
      explain={
        <Explain
          title={t(`why.${why}.title`)}
          tex={t(`why.${why}.tex`)}
          text={t(`why.${why}.text`)}
          section="§2.3"
        />
      }
    >
      <div className="mp-arch-wrap">
        <Diagram model={model} block={block} onBlock={onBlock} />
        <BlockDetail model={model} block={block} />
      </div>
    </Figure>
  );
});

function Diagram({
  model,
  block,
  onBlock,
}: {
  model: LabModel;
  block: Block;
  onBlock: (b: Block) => void;
}) {
  const { t } = useTranslation('model');
  const a = model.arch;
  const btn = (b: Block, sub?: string) => (
    <button
      type="button"
      className={`mp-block mp-block-${b}`}
      aria-pressed={b === block}
      onClick={() => onBlock(b)}
      onFocus={() => b !== block && onBlock(b)}
      data-testid={`block-${b}`}
    >
      <span className="mp-block-name">{t(`blocks.${b}`)}</span>
      <span className="mp-block-sub">{sub ?? t(`blockSub.${b}`)}</span>
      <span className="mp-block-count">{fmtCompact(model.counts.blocks[b], 'en')}</span>
    </button>
  );
  const attnSub =
    a.kvHeads === a.heads
      ? t('blockSub.attnMha', { heads: a.heads })
      : t('blockSub.attnGqa', { heads: a.heads, kv: a.kvHeads });
  return (
    <div className="mp-arch" role="group" aria-label={t('arch.diagramLabel', { name: model.name })}>
      <div className="mp-io">{t('arch.input')}</div>
      {btn('embed')}
      <div className="mp-layer">
        <div className="mp-layer-label">{t('arch.layers', { n: a.layers })}</div>
        <div className="mp-res">
          {btn('norm1')}
          {btn('attn', attnSub)}
          <div className="mp-add" aria-hidden="true">
            ⊕ {t('arch.residual')}
          </div>
        </div>
        <div className="mp-res">
          {btn('norm2')}
          {btn('mlp', t('blockSub.mlpWidth', { i: fmtInt(a.intermediate) }))}
          <div className="mp-add" aria-hidden="true">
            ⊕ {t('arch.residual')}
          </div>
        </div>
      </div>
      {btn('final')}
      {btn('head', a.tiedEmbeddings ? t('blockSub.tied') : t('blockSub.head'))}
      <div className="mp-io">{t('arch.output')}</div>
    </div>
  );
}

function BlockDetail({ model, block }: { model: LabModel; block: Block }) {
  const { t, i18n } = useTranslation('model');
  const c = model.counts;
  const a = model.arch;
  const tensors = c.tensors.filter((x) => x.block === block);
  const perLayer = tensors.some((x) => x.perLayer);
  const once = tensors.reduce((s, x) => s + x.count, 0);
  const total = c.blocks[block];
  return (
    <section className="mp-detail" data-testid="block-detail" aria-live="polite">
      <h3>{t(`blocks.${block}`)}</h3>
      <p>{t(`detail.${block}`, detailValues(model))}</p>
      {block === 'attn' && (
        <p data-testid="attn-heads">
          {a.kvHeads === a.heads
            ? t('detail.mha', { heads: a.heads, hd: a.headDim })
            : t('detail.gqa', {
                heads: a.heads,
                kv: a.kvHeads,
                hd: a.headDim,
                group: a.heads / a.kvHeads,
              })}
        </p>
      )}
      {tensors.length === 0 ? (
        <p>{t('detail.noTensors')}</p>
      ) : (
        <ScrollBox label={t(`blocks.${block}`)}>
          <table className="data" data-testid="tensor-table">
            <thead>
              <tr>
                <th>{t('detail.tensor')}</th>
                <th>{t('detail.shape')}</th>
                <th>{t('detail.count')}</th>
              </tr>
            </thead>
            <tbody>
              {tensors.map((x) => (
                <TensorRow key={x.name} x={x} />
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <p className="mp-detail-total" data-testid="block-total">
        {perLayer
          ? t('detail.totalLayers', {
              once: fmtInt(once),
              n: a.layers,
              total: fmtInt(total),
              share: fmtPct(total / c.total),
            })
          : t('detail.totalOnce', { total: fmtInt(total), share: fmtPct(total / c.total) })}{' '}
        {t('detail.ofModel', {
          total: fmtInt(c.total),
          compact: fmtCompact(c.total, i18n.language),
        })}
      </p>
    </section>
  );
}

function TensorRow({ x }: { x: TensorCount }) {
  return (
    <tr>
      <td>
        <code className="mp-tensor-name">
          {x.name.split('.').map((part, i) => (
            <span key={i}>
              {i > 0 && '.'}
              {i > 0 && <wbr />}
              {part}
            </span>
          ))}
        </code>
      </td>
      <td>
        <span className="mp-symbols">{SYMBOLS[x.name] ?? ''}</span>
        <br />
        <code>{x.shape.map(fmtInt).join(' × ')}</code>
      </td>
      <td>{fmtInt(x.count)}</td>
    </tr>
  );
}

function detailValues(m: LabModel) {
  const a = m.arch;
  return {
    vocab: fmtInt(a.vocab),
    hidden: fmtInt(a.hidden),
    heads: a.heads,
    kv: a.kvHeads,
    hd: a.headDim,
    inter: fmtInt(a.intermediate),
    ratio: (a.intermediate / a.hidden).toFixed(2),
    config: fmtInt(m.configIntermediate),
  };
}

/** One pair's rotation: the angle m·θᵢ of the chosen position, original and scaled. */
import { fmt, fmtInt } from '../../ui/format.ts';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ropeAngles } from '../../kernels/reference/rope.ts';
import { type RopeLabData } from '../../kernels/labdata/ropeLab.ts';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { Clocks } from './Clocks.tsx';
import { ropeSchema } from './meta.ts';
import { type Settings, type RopeState } from './settings.ts';

export const RotationFigure = memo(function RotationFigure({
  data,
  settings,
  setState,
}: {
  data: RopeLabData;
  settings: Settings;
  setState: (p: Partial<RopeState>) => void;
}) {
  const { t } = useTranslation('rope');
  const [playing, setPlaying] = useState(false);
  const [livePos, setLivePos] = useState(settings.position);
  const posRef = useRef(settings.position);
  const T = settings.targetLength;

  useEffect(() => {
    if (!playing) {
      setLivePos(settings.position);
      posRef.current = settings.position;
    }
  }, [settings.position, playing]);

  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    const step = Math.max(1, Math.round(T / 900));
    const tick = () => {
      posRef.current = (posRef.current + step) % T;
      setLivePos(posRef.current);
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, T]);

  const toggle = () => {
    if (playing) setState({ pos: posRef.current });
    setPlaying(!playing);
  };

  const theta = data.scaled.invFreq;
  const angles = useMemo(
    () => ropeAngles(new Float64Array(theta.length), livePos, theta),
    [livePos, theta],
  );
  const pair = settings.pair;
  const angle = angles[pair];
  return (
    <Figure explain={<Explain tex={t('rotation.tex')} text={t('rotation.text')} section="§2.3" />}>
      <h2>{t('rotation.title')}</h2>
      <div className="row-buttons">
        <button type="button" onClick={toggle} aria-pressed={playing} data-testid="play">
          {playing ? t('controls.pause') : t('controls.play')}
        </button>
      </div>
      <Slider
        field={{ ...ropeSchema.pos, max: T - 1 }}
        value={playing ? livePos : settings.position}
        format={fmtInt}
        onChange={(pos) => setState({ pos })}
        testId="slider-pos"
      />
      <Clocks angles={angles} selected={pair} onSelect={(p) => setState({ pair: p })} />
      <p className="rope-readout" data-testid="rotation-readout">
        {t('rotation.angle', {
          pair,
          pos: fmtInt(livePos),
          theta: fmt(theta[pair], 6),
          angle: fmt(angle, 4),
          turns: fmt(angle / (2 * Math.PI), 4),
          wavelength: fmt((2 * Math.PI) / theta[pair], 4),
        })}
      </p>
    </Figure>
  );
});

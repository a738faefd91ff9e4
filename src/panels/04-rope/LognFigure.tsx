/** LogN attention scaling: the query multiplier log(n)/log(L) and the entropy it keeps flat. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { type RopeLabData } from '../../kernels/labdata/ropeLab.ts';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { LineChartView } from '../../ui/Chart.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { useEntropy } from './useEntropy.ts';
import { Spinner } from '../../ui/LoadProgress.tsx';
import { rows, type Settings } from './settings.ts';

export const LognFigure = memo(function LognFigure({
  data,
  settings,
}: {
  data: RopeLabData;
  settings: Settings;
}) {
  const { t } = useTranslation('rope');
  const { demo: e, error, retry } = useEntropy(settings.trainLength);
  return (
    <Figure explain={<Explain tex={t('logn.tex')} text={t('logn.text')} section="§2.5" />}>
      <h2>{t('logn.title')}</h2>
      <LineChartView
        testId="chart-logn"
        ariaLabel={t('logn.factorTitle')}
        data={rows(data.logn.positions.length, (k) => ({
          p: Math.max(1, data.logn.positions[k]),
          f: data.logn.factor[k],
        }))}
        x={{ key: 'p', label: t('logn.x'), scale: 'log', domain: [1, 'dataMax'] }}
        y={{ label: t('logn.y') }}
        series={[{ key: 'f', name: t('logn.factorTitle') }]}
        refLines={[{ x: settings.trainLength, label: 'L' }]}
        height={200}
      />
      <h3>{t('logn.entropyTitle')}</h3>
      {error ? (
        <PanelError error={error} onRetry={retry} />
      ) : !e ? (
        <Spinner label={t('logn.computing')} />
      ) : (
        <LineChartView
          testId="chart-entropy"
          ariaLabel={t('logn.entropyTitle')}
          data={rows(e.keys.length, (k) => ({
            n: e.keys[k],
            plain: e.plain[k],
            logn: e.logn[k],
            uniform: e.uniform[k],
          }))}
          x={{ key: 'n', label: t('logn.ex'), scale: 'log', domain: ['dataMin', 'dataMax'] }}
          y={{ label: t('logn.ey') }}
          series={[
            { key: 'uniform', name: t('logn.uniform'), dashed: true, color: 4 },
            { key: 'plain', name: t('logn.plain'), color: 1 },
            { key: 'logn', name: t('logn.logn'), color: 0 },
          ]}
          refLines={[{ x: settings.trainLength, label: 'L' }]}
        />
      )}
    </Figure>
  );
});

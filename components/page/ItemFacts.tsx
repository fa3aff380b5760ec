import { formatFigure } from '../../lib/format';
import { directionLabel, indicatorName, periodLabel } from '../../lib/i18n/meaning';
import type { ItemReading } from '../../lib/page/page-items';
import type { PageTextProps } from './text';

export interface ItemFactsProps extends PageTextProps {
  reading: ItemReading;
  /** The reader corrected the metric or indicator. */
  corrected?: boolean;
}

/**
 * What was read in the passage: what it measures (metric, headline indicator, direction of the
 * change, starting value, period), the figure with its comparator, strength with its cue word,
 * deadline, section. Rows with nothing to say are left out.
 */
export function ItemFacts({ reading, corrected = false, t, language }: ItemFactsProps) {
  // Comparators in words on the card: 不低于 95%, 5%左右 / at least 95%, about 5%.
  const figure = formatFigure(reading, language, { comparator: 'words' });
  const strength = reading.strength
    ? reading.strengthCue
      ? t(`strengthCue_${reading.strength}`, { cue: reading.strengthCue })
      : t(`strength_${reading.strength}`)
    : '';
  const metric = reading.metric && corrected ? `${reading.metric}（${t('correctedByReader')}）` : reading.metric;
  const rows: [string, string][] = [
    [t('metric'), metric],
    [t('indicator'), indicatorName(reading.indicator, language)],
    [t('figure'), figure],
    [t('direction'), directionLabel(reading.direction, language)],
    // As the figure is written: 1100万人 / 11,000,000 人.
    [t('from'), reading.from ? formatFigure({ ...reading.from, max: null, cmp: null }, language) : ''],
    [t('period'), periodLabel(reading.period, language)],
    [t('strength'), strength],
    [t('deadline'), reading.deadline ?? ''],
    [t('section'), reading.section],
  ];
  const shown = rows.filter(([, value]) => value);
  if (shown.length === 0) return null;
  return (
    <dl class="facts">
      {shown.map(([label, value]) => (
        <div key={label} class="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

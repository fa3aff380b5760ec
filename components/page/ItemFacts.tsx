import { formatFigure } from '../../lib/page/format';
import type { ItemReading } from '../../lib/page/page-items';
import type { PageTextProps } from './text';

export interface ItemFactsProps extends PageTextProps {
  reading: ItemReading;
}

/** What the detector read in the passage: metric, figure with its comparator, strength, deadline, section. */
export function ItemFacts({ reading, t, language }: ItemFactsProps) {
  const figure = formatFigure(reading, language);
  const rows: [string, string][] = [
    [t('metric'), reading.metric],
    [t('figure'), figure],
    [t('strength'), reading.strength ? t(`strength_${reading.strength}`) : ''],
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

import { formatFigure } from '../../lib/format';
import type { ItemReading } from '../../lib/page/page-items';
import type { PageTextProps } from './text';

export interface ItemFactsProps extends PageTextProps {
  reading: ItemReading;
}

/** What the detector read in the passage: metric, figure with its comparator, strength, deadline, section. */
export function ItemFacts({ reading, t, language }: ItemFactsProps) {
  // Comparators in words on the card: 不低于 95%, 5%左右 / at least 95%, about 5%.
  const figure = formatFigure(reading, language, { comparator: 'words' });
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

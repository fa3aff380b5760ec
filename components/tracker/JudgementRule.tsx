import { JUDGEMENT_RULE } from '../../lib/tracker';
import { language, tt } from './i18n';

/** The one rule every status is judged by (lib/tracker/judge.ts), as the reader reads it; for a collected metric, which way it points. */
export function JudgementRule({ metric = false }: { metric?: boolean }) {
  return (
    <section class="tracker-rule" aria-labelledby="tracker-rule-title">
      <h3 id="tracker-rule-title">{tt('ruleTitle')}</h3>
      <p>{JUDGEMENT_RULE[language].replace(/^判断规则：|^How a result is judged: /, '')}</p>
      {metric && <p>{tt('metricRule')}</p>}
    </section>
  );
}

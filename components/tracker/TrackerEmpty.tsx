import { tt } from './i18n';

/** What a new reader sees: how the tracker fills itself as they read. */
export function TrackerEmpty() {
  return (
    <div class="tracker-empty">
      <h2>{tt('emptyTitle')}</h2>
      <p>{tt('emptyBody')}</p>
      <p>{tt('emptyHow')}</p>
    </div>
  );
}

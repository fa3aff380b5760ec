import { exportBackup, type BackupFile } from '../../lib/backup/format';
import type { AnnotatorDB } from '../../lib/store/schema';
import type { AnnotatorService } from '../../lib/store/service';
import { D_GDP, D_GRAIN, D_JOBS, D_TASK, NATIONAL_2025, URL_A, URL_B, draftOf, headlinesOfText } from '../store/helpers';

/** Fill a database with a bit of everything: two reports, statuses, sources, tags, notes, colours. */
export async function populate(service: AnnotatorService): Promise<void> {
  await service.upsertReport({ url: URL_A, title: '2025年政府工作报告', identity: NATIONAL_2025, headlines: headlinesOfText() });
  await service.upsertReport({ url: URL_B, title: '北京市政府工作报告' });
  await service.setReportIdentity(URL_B, { place: '北京市', level: 'province', year: 2025, genre: 'government_work_report' });
  const gdp = { ...D_GDP(), indicator: 'gdp_growth', direction: 'up', period: { kind: 'year', year: 2025 }, strengthCue: null } as const;
  const jobs = { ...D_JOBS(), indicator: 'urban_new_jobs', from: { value: 11_000_000, unit: '人' }, strength: 'binding', strengthCue: '确保' } as const;
  const a = await service.saveItems(URL_A, [gdp, jobs, D_GRAIN(), D_TASK()]);
  await service.saveItems(URL_B, [D_JOBS()]);
  await service.updateItem(a.items[0]!.id, { tags: ['经济', '重点'], note: '与去年持平' });
  await service.updateItem(a.items[1]!.id, { tags: ['就业'], status: 'dismissed' });
  await service.updateItem(a.items[3]!.id, { status: 'orphaned' });
  await service.addManualItem(URL_A, { ...draftOf('城镇调查失业率5.5%左右'), tags: ['就业'], note: '手动标注' });
  await service.setTagColour('经济', '#ff0000');
  await service.setTagColour('未使用', '#00ff00');
}

/** Everything in the database, in a stable order. */
export async function snapshot(db: AnnotatorDB) {
  return {
    reports: await db.reports.orderBy('id').toArray(),
    items: await db.items.orderBy('id').toArray(),
    tags: await db.tags.orderBy('name').toArray(),
    headlines: await db.headlines.orderBy('reportId').toArray(),
  };
}

export async function backupOf(db: AnnotatorDB): Promise<BackupFile> {
  return exportBackup(db, () => 1_750_000_000_000);
}

/** A deep copy, for editing into a corrupt file. */
export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

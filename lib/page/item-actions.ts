/**
 * What the reader does with items, written through the background (which alone opens the
 * database): tag, note, change the kind, collect, dismiss (undoable), collect all, mark a
 * selection by hand. A detected item is stored the first time the reader acts on it
 * (page-items.ts); the store's answer is what the page then shows.
 */

import { addTags, parseTags } from '../collection/tags-input';
import { LIMITS, type ItemKind, type ItemPatch, type ItemRecord } from '../store/records';
import type { CardController } from './card';
import type { SessionDeps } from './deps';
import type { Notices } from './notices';
import { draftOf, type PageItem } from './page-items';
import type { PageModel } from './page-model';
import type { ReadingPipeline, Task } from './reading';
import { anchorSelection, manualDraft, sectionAt, selectionSpan } from './selection';
import { publish, type NoticeKey, type PageView } from './view';
import type { Observable } from './observable';

type StoredItem = PageItem & { record: ItemRecord };

export class ItemActions {
  constructor(
    private readonly model: PageModel,
    private readonly view: Observable<PageView>,
    private readonly deps: Pick<SessionDeps, 'send' | 'document_' | 'highlighter'>,
    private readonly pipeline: Pick<ReadingPipeline, 'applyRecords' | 'showItem' | 'hideItems'>,
    private readonly card: CardController,
    private readonly notices: Notices,
    private readonly schedule: (task: Task) => Promise<void>,
  ) {}

  private item(key: string): PageItem {
    const item = this.model.items.get(key);
    if (!item) throw new Error('这一条已不在页面上 / the item is no longer on the page');
    return item;
  }

  /** Store a detected item (idempotent); returns it with its record. */
  private async stored(key: string, kind?: ItemKind): Promise<StoredItem> {
    const { model } = this;
    let item = this.item(key);
    if (item.record) return item as StoredItem;
    if (!model.main || !model.reportId) throw new Error('页面尚未读取 / the page was not read yet');
    if (kind) item = { ...item, kind };
    const draft = draftOf(item, model.main.text);
    const { items } = await this.deps.send('items/save', { reportId: model.reportId, items: [draft] });
    const { exact } = draft.selector.quote;
    const { start, end } = draft.selector.position;
    const record = items.find(
      (r) => r.selector.quote.exact === exact && r.selector.position.start === start && r.selector.position.end === end,
    );
    if (!record) throw new Error('保存失败 / the item was not stored');
    model.setRecords(items);
    const next = { ...item, key: record.id, kind: record.kind, record };
    this.pipeline.showItem(key, next);
    publish(this.view, model, this.deps);
    return next;
  }

  /**
   * Run an action on the card's item, showing it busy and turning failures into a notice. True
   * when it was done; an action that resolves false said itself why not.
   */
  private async act(key: string, action: () => Promise<void | false>): Promise<boolean> {
    this.card.setBusy(key);
    try {
      return (await action()) !== false;
    } catch (e) {
      this.notices.failed(e);
      return false;
    } finally {
      this.card.setBusy(null);
    }
  }

  private async update(key: string, patch: Pick<ItemPatch, 'tags' | 'note' | 'kind' | 'metric' | 'indicator'>): Promise<void> {
    const item = await this.stored(key, patch.kind);
    const record = await this.deps.send('items/update', { id: item.record.id, patch });
    this.pipeline.applyRecords([record]);
  }

  /** Add one tag, or several separated by commas; true once they are stored. */
  addTag(key: string, text: string): Promise<boolean> {
    return this.act(key, async () => {
      if (parseTags(text).length === 0) return;
      // Checked before anything is stored: a tag too long stores nothing.
      const checked = addTags(this.item(key).record?.tags ?? [], text);
      if (checked.problem) {
        const tooLong = checked.problem === 'tooLong';
        this.notices.notify({ key: tooLong ? 'tagTooLong' : 'tagTooMany', params: { max: tooLong ? LIMITS.tagLength : LIMITS.tagsPerItem }, undo: false });
        return false;
      }
      const item = await this.stored(key);
      await this.update(item.key, { tags: addTags(item.record.tags, text).tags });
      const tags = await this.deps.send('tags/list', {});
      this.view.update({ tags: tags.map((t) => t.name) });
    });
  }

  removeTag(key: string, tag: string): Promise<boolean> {
    return this.act(key, async () => {
      const item = this.item(key);
      if (!item.record) return;
      await this.update(key, { tags: item.record.tags.filter((t) => t !== tag) });
    });
  }

  setNote(key: string, note: string): Promise<boolean> {
    return this.act(key, () => this.update(key, { note }));
  }

  setKind(key: string, kind: ItemKind): Promise<boolean> {
    return this.act(key, async () => {
      const item = this.item(key);
      if (!item.record) await this.stored(key, kind);
      else if (item.record.kind !== kind) await this.update(key, { kind });
    });
  }

  /** What the item measures, as the reader says (the store marks it parsedByReader). */
  setMeaning(key: string, meaning: Pick<ItemPatch, 'metric' | 'indicator'>): Promise<boolean> {
    return this.act(key, () => this.update(key, meaning));
  }

  collect(key: string): Promise<boolean> {
    return this.act(key, async () => {
      await this.stored(key);
    });
  }

  /** A false detection: stored as dismissed (not shown again); a hand-marked item is deleted. Undoable. */
  dismiss(key: string): Promise<boolean> {
    return this.act(key, async () => {
      const { send } = this.deps;
      const item = this.item(key);
      let notice: NoticeKey;
      let id: string;
      let undo: () => Promise<void>;
      if (item.record?.source === 'manual') {
        id = item.record.id;
        const deleted = await send('items/delete', { ids: [id] });
        this.model.removeRecord(id);
        undo = async () => {
          await send('items/restore', { records: deleted });
        };
        notice = 'deleted';
      } else {
        id = (await this.stored(key)).record.id;
        this.pipeline.applyRecords(await send('items/setStatus', { ids: [id], status: 'dismissed' }));
        undo = async () => {
          await send('items/setStatus', { ids: [id], status: 'active' });
        };
        notice = 'dismissed';
      }
      // Stored, the item's key is its record's id.
      this.pipeline.hideItems(id, key);
      this.card.close();
      publish(this.view, this.model, this.deps);
      this.notices.notify({ key: notice, undo: true }, undo);
    });
  }

  /** Undo what the notice offers to undo, then show the store as it is. */
  async undo(): Promise<void> {
    const action = this.notices.takeUndo();
    if (!action) return;
    try {
      await action();
      this.model.forgetRecords(); // lay out again
      await this.schedule('reload');
    } catch (e) {
      this.notices.failed(e);
    }
  }

  /** 'page/collectAll': store every detected item not stored yet. */
  async collectAll(): Promise<{ added: number; collected: number; ids: string[] }> {
    const { model } = this;
    if (!model.active || !model.main || !model.reportId) return { added: 0, collected: 0, ids: [] };
    const main = model.main;
    const drafts = [...model.items.values()].filter((i) => !i.record && i.detected).map((i) => draftOf(i, main.text));
    let ids: string[] = [];
    if (drafts.length) {
      const result = await this.deps.send('items/save', { reportId: model.reportId, items: drafts });
      ids = result.added.map((r) => r.id);
      model.setRecords(result.items);
      await this.schedule('layout');
    }
    return { added: ids.length, collected: this.view.get().summary.collected, ids };
  }

  /** "标为条目": store the selection as a hand-marked item and open its card. */
  async markSelection(): Promise<void> {
    const { model } = this;
    const selection = this.card.takeSelection();
    if (!selection || !model.live || !model.main || !model.reportId) return;
    try {
      const span = selectionSpan(model.live, selection.range);
      if (!span) throw new Error('选区不在页面正文中 / the selection is not in the page text');
      const anchor = anchorSelection(model.live.text, span, model.main.text);
      const parsed = await this.deps.send('page/extract', { text: anchor.selector.quote.exact });
      // The section's tense, where the passage is in the report's text.
      const context = anchor.space === 'main' ? sectionAt(model.detected, model.main.text, anchor.start) : undefined;
      const record = await this.deps.send('items/addManual', { reportId: model.reportId, item: manualDraft(anchor, parsed, context) });
      model.addRecord(record);
      this.deps.document_.getSelection?.()?.removeAllRanges();
      await this.schedule('layout');
      if (model.items.has(record.id)) this.card.focus(record.id, 'new');
    } catch (e) {
      this.notices.failed(e);
    }
  }
}

import { KIND_COLOURS } from '../../lib/page/highlighter';
import type { ItemKind } from '../../lib/store/records';

/**
 * The shadow root's styles. The root is reset (`all: initial`), so everything is set here; sizes in
 * px because the page's rem is the page's business.
 */
export function pageUiStyles(): string {
  const kinds = Object.keys(KIND_COLOURS) as ItemKind[];
  return `
:host { all: initial; }
* { box-sizing: border-box; }
.card, .summary, .notice, .selection-button {
  font-family: system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif;
  font-size: 13px;
  line-height: 1.5;
  color: #1f2937;
  z-index: 2147483000;
}
button { font: inherit; color: inherit; cursor: pointer; }
button:disabled { cursor: default; opacity: 0.6; }
:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.muted { color: #4b5563; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.error { color: #b91c1c; margin: 6px 0; }
p { margin: 6px 0; }

.corner {
  position: fixed; z-index: 2147483000;
  display: flex; flex-direction: column; gap: 8px; max-width: calc(100vw - 32px);
}
.corner-bottom-right { right: 16px; bottom: 16px; align-items: flex-end; }
.corner-bottom-left { left: 16px; bottom: 16px; align-items: flex-start; }
.corner-top-right { right: 16px; top: 16px; align-items: flex-end; flex-direction: column-reverse; }
.corner-top-left { left: 16px; top: 16px; align-items: flex-start; flex-direction: column-reverse; }
.summary {
  width: 320px; max-width: 100%; max-height: calc(100vh - 32px); overflow: auto;
  background: #fff; border: 1px solid #e5e7eb; border-radius: 10px;
  box-shadow: 0 8px 24px rgba(15, 23, 42, 0.16); padding: 10px 12px;
}
.summary:focus { outline: none; }
.summary:focus-visible { outline: 2px solid #2563eb; }
.summary-head { display: flex; align-items: center; gap: 10px; }
.summary-title { font-size: 13px; font-weight: 700; margin: 0; }
.outline-toggle { margin-left: auto; }
.logo {
  display: inline-grid; place-items: center; width: 20px; height: 20px; border-radius: 5px;
  background: #b91c1c; color: #fff; font-size: 12px; font-weight: 700; flex: none;
}
.summary-badge {
  display: inline-flex; align-items: center; gap: 8px; padding: 4px 10px 4px 6px; border-radius: 999px;
  background: #fff; border: 1px solid #d1d5db; box-shadow: 0 4px 14px rgba(15, 23, 42, 0.18);
  font-family: system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif;
  font-size: 12px; line-height: 1.5; color: #1f2937;
}
.mini-count { color: var(--kind); }
.mini-count b { font-weight: 700; }
.counts { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 2px; }
.count {
  display: inline-flex; align-items: center; gap: 4px;
  border-radius: 999px; padding: 1px 9px 1px 5px; background: var(--fill); color: var(--kind);
  border: 1px solid var(--kind);
}
.count[aria-pressed="false"] { background: #fff; color: #4b5563; border-style: dashed; border-color: #6b7280; }
.count-box {
  display: inline-grid; place-items: center; width: 14px; height: 14px; border-radius: 3px;
  border: 1px solid currentColor; font-size: 10px; line-height: 1;
}
.count b { font-weight: 700; }
.stats { margin: 4px 0; }
.hint { color: #4b5563; font-size: 12px; margin: 6px 0 0; }
.not-found { margin-top: 4px; }
.not-found-list { margin: 4px 0 0; padding-left: 18px; max-height: 120px; overflow: auto; color: #374151; }
.not-found-list li { margin: 2px 0; }
.warn { color: #92400e; }
.link { background: none; border: none; padding: 0; color: #1d4ed8; text-decoration: underline; }
.outline { margin: 8px 0 4px; border-top: 1px solid #e5e7eb; padding-top: 8px; }
.outline-search {
  width: 100%; font: inherit; color: inherit; padding: 3px 7px; border: 1px solid #d1d5db; border-radius: 7px; background: #fff;
}
.outline-search:focus { border-color: #2563eb; outline: none; }
.outline-count { margin: 4px 0; font-size: 12px; }
.outline-list { max-height: min(50vh, 420px); overflow: auto; }
.outline-heading { font-size: 12px; font-weight: 700; color: #374151; margin: 8px 0 2px; }
.outline-list ul { list-style: none; margin: 0; padding: 0; }
.outline-item {
  display: block; width: 100%; text-align: left; background: none; border: none; border-left: 3px solid var(--kind);
  padding: 2px 6px; margin: 2px 0; color: #1f2937; border-radius: 0 5px 5px 0;
}
.outline-item:hover { background: #f3f4f6; }
.outline-kind { color: var(--kind); font-weight: 600; }
.site-offer { margin-top: 8px; }
.corners { display: flex; align-items: center; gap: 2px; margin-top: 6px; font-size: 12px; }
.corners .muted { margin-right: 4px; }
.corners .corner-button { margin-left: 0; font-size: 14px; color: #374151; }
.notice {
  display: flex; align-items: center; gap: 10px; max-width: 300px; padding: 8px 10px 8px 12px; border-radius: 8px;
  background: #111827; color: #f9fafb; box-shadow: 0 6px 18px rgba(15, 23, 42, 0.25);
}
.notice .link { color: #93c5fd; }
.notice .icon-button { color: #d1d5db; }
.notice-error { background: #7f1d1d; }

.card {
  position: fixed; background: #fff; border: 1px solid #e5e7eb; border-radius: 10px; overflow: auto;
  box-shadow: 0 12px 32px rgba(15, 23, 42, 0.22); padding: 10px 12px 12px; border-top: 4px solid var(--kind, #6b7280);
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #2563eb; }
${kinds.map((k) => `.card-${k} { --kind: ${KIND_COLOURS[k].strong}; --fill: ${KIND_COLOURS[k].fill}; }`).join('\n')}
.card-head { display: flex; align-items: center; gap: 8px; }
.kinds { display: inline-flex; border: 1px solid #d1d5db; border-radius: 7px; overflow: hidden; }
.kind { border: none; background: #fff; padding: 2px 10px; border-right: 1px solid #d1d5db; }
.kind:last-child { border-right: none; }
${kinds.map((k) => `.kind-${k}[aria-pressed="true"] { background: ${KIND_COLOURS[k].strong}; color: #fff; }`).join('\n')}
.icon-button { margin-left: auto; background: none; border: none; font-size: 18px; line-height: 1; padding: 2px 6px; color: #6b7280; }
.quote {
  margin: 8px 0; padding: 4px 8px; border-left: 3px solid var(--kind); background: var(--fill);
  border-radius: 0 6px 6px 0; font-size: 13px; max-height: 4.5em; overflow: hidden;
}
.facts { margin: 6px 0; display: grid; gap: 2px; }
.fact { display: grid; grid-template-columns: 56px 1fr; gap: 8px; }
.fact dt { color: #6b7280; }
.fact dd { margin: 0; font-weight: 600; word-break: break-all; }
.history { margin: 8px 0; padding: 6px 8px; background: #f8fafc; border: 1px solid #e5e7eb; border-radius: 7px; }
.history-title { margin: 0 0 4px; font-size: 12px; font-weight: 600; color: #4b5563; }
.history-rows { margin: 0; padding: 0; list-style: none; display: grid; gap: 2px; }
.history-row { display: flex; justify-content: space-between; gap: 8px; font-size: 12px; }
.history-status { color: #4b5563; white-space: nowrap; }
.history-row.status-met .history-status { color: #047857; }
.history-row.status-missed .history-status { color: #b91c1c; }
.history-failed { font-size: 12px; color: #6b7280; }
.meaning-open { margin-top: 4px; color: #4b5563; }
.meaning-editor { margin: 6px 0; padding: 6px 8px; border: 1px solid #d1d5db; border-radius: 7px; display: grid; gap: 6px; }
.meaning-field { display: grid; grid-template-columns: 56px 1fr; gap: 8px; align-items: center; }
.meaning-field span { color: #6b7280; }
.meaning-field input, .meaning-field select {
  min-width: 0; font: inherit; color: inherit; padding: 2px 6px; border: 1px solid #d1d5db; border-radius: 6px; background: #fff;
}
.meaning-field input[aria-invalid="true"] { border-color: #b91c1c; }
.meaning-editor .field-error { margin: 0; color: #b91c1c; font-size: 12px; }
.meaning-actions { display: flex; gap: 8px; }
.tags { margin-top: 8px; }
.tag-list {
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px; padding: 4px; border: 1px solid #d1d5db; border-radius: 7px;
}
.tag-list:focus-within { border-color: #2563eb; }
.tag { display: inline-flex; align-items: center; gap: 2px; background: #fee2e2; color: #9f1239; border-radius: 5px; padding: 0 2px 0 7px; }
.tag-remove { background: none; border: none; padding: 0 4px; color: inherit; }
.tag-input { flex: 1; min-width: 120px; border: none; outline: none; font: inherit; padding: 2px 4px; background: transparent; color: inherit; }
.suggestions { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.suggestion { border: 1px dashed #d1d5db; background: #f9fafb; border-radius: 5px; padding: 0 7px; color: #374151; }
.note { margin-top: 8px; display: grid; gap: 4px; justify-items: end; }
.note-input {
  width: 100%; resize: vertical; min-height: 40px; font: inherit; color: inherit; padding: 5px 7px;
  border: 1px solid #d1d5db; border-radius: 7px; background: #fff;
}
.note-input:focus { border-color: #2563eb; outline: none; }
.card-actions { display: flex; align-items: center; gap: 8px; margin-top: 10px; }
.card-actions .btn-quiet { margin-left: auto; }
.btn { border: 1px solid #d1d5db; background: #fff; border-radius: 7px; padding: 3px 12px; }
.btn-small { padding: 1px 10px; font-size: 12px; }
.btn-primary { background: #b91c1c; border-color: #b91c1c; color: #fff; }
.btn-quiet { color: #6b7280; }
.badge { background: #ecfdf5; color: #047857; border: 1px solid #a7f3d0; border-radius: 999px; padding: 0 9px; }

/* Above the report's text, below a site's sticky header (z-index 1: on top of content without one). */
.marks-layer { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; z-index: 1; }
.mark-line { position: absolute; height: 2px; border-radius: 1px; background: rgba(190, 18, 60, 0.85); }
.mark-ring {
  position: absolute; border: 2px solid #ca8a04; border-radius: 3px; background: rgba(250, 204, 21, 0.35);
  mix-blend-mode: multiply;
}

.selection-button {
  position: fixed; border: none; border-radius: 999px; padding: 4px 12px; background: #111827; color: #fff;
  box-shadow: 0 6px 16px rgba(15, 23, 42, 0.3);
}
`;
}

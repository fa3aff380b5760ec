/**
 * Where the reader types: form fields and editable content. Keys typed there are text, not our
 * shortcuts, and a selection there is not a passage of the page.
 *
 * Pure enough for Node: reads only tagName and isContentEditable.
 */

const FIELD = /^(input|textarea|select)$/i;

/** A form field or editable content (an element; anything else is not editable). */
export function isEditable(target: EventTarget | Element | null | undefined): boolean {
  const el = target as Partial<HTMLElement> | null | undefined;
  if (!el || typeof el.tagName !== 'string') return false;
  return FIELD.test(el.tagName) || el.isContentEditable === true;
}

/**
 * The element a key event was typed into. `event.target` is retargeted to the shadow host for
 * listeners outside a shadow tree (a field in the page's own web component looks like the
 * component), so the first node of the composed path is asked instead (open shadow roots; a
 * closed one only ever shows its host).
 */
export function typedInto(event: Pick<Event, 'target'> & { composedPath?: () => EventTarget[] }): EventTarget | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  return path[0] ?? event.target;
}

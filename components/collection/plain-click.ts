/**
 * A link to a passage (a popup item, a collection row, a tracker cell) keeps its address, so a
 * modified click (new tab, new window), a middle click or a copied link still works as a link;
 * only a plain left click goes through the extension.
 */

type ClickLike = Pick<MouseEvent, 'button' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'preventDefault'>;

export const isPlainClick = (e: Omit<ClickLike, 'preventDefault'>): boolean => e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;

/** An onClick that runs `open` instead of following the link, for a plain click only. */
export const onPlainClick =
  (open: () => void) =>
  (e: ClickLike): void => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    open();
  };

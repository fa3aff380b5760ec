export type IconName = 'edit' | 'trash' | 'search' | 'close' | 'quote' | 'filter' | 'columns';

export interface IconProps {
  name: IconName;
  size?: number;
}

const PATHS: Record<IconName, string> = {
  edit: 'M4 20h4L18.5 9.5a2.1 2.1 0 0 0-4-4L4 16v4ZM13.5 6.5l4 4',
  trash: 'M4 7h16M10 11v6M14 11v6M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2l1-12M9 7V4h6v3',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14ZM20 20l-4-4',
  close: 'M6 6l12 12M18 6 6 18',
  quote: 'M10 7H6a1 1 0 0 0-1 1v4a1 1 0 0 0 1 1h3v1a3 3 0 0 1-3 3M19 7h-4a1 1 0 0 0-1 1v4a1 1 0 0 0 1 1h3v1a3 3 0 0 1-3 3',
  filter: 'M4 5h16l-6 7v6l-4 2v-8L4 5Z',
  columns: 'M4 5h16v14H4zM9.5 5v14M14.5 5v14',
};

/** A line icon drawn in currentColor (no emoji font needed). Decorative: the button carries the label. */
export function Icon({ name, size = 15 }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}

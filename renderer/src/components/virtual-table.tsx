import { Box, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** Rows are a fixed height so the virtualizer never measures (and so never reflows) while scrolling. */
export const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 38;
/** Start fetching the next page this many rows before the end, so scrolling rarely meets the loader. */
const PREFETCH_ROWS = 30;

export interface VirtualTableProps<T> {
  items: T[];
  rowKey: (item: T) => number | string;
  /** The header cells (Table.Th / SortHeader). */
  head: ReactNode;
  cells: (item: T) => ReactNode;
  label: string;
  /** Height of the scroll area: the table grows up to it, then scrolls with its header kept in view. */
  maxHeight: number | string;
  minWidth?: number;
  /** Column widths in order (px or %), so columns do not jump as other rows scroll into view. */
  widths?: (number | string | undefined)[];
  /** Total rows the list holds, for assistive technology (may exceed the rows loaded so far). */
  rowCount?: number;
  onOpen?: (item: T) => void;
  dimmed?: (item: T) => boolean;
  /** Rows to draw attention to (e.g. a broken audit entry): tinted, and marked invalid for assistive technology. */
  flagged?: (item: T) => boolean;
  /** Called when the last loaded rows come into view and more can be loaded. */
  onEndReached?: () => void;
  loadingMore?: ReactNode;
}

/**
 * A table that renders only the rows in view (plus a few), with a sticky header. Keyboard: Tab lands on
 * one row (roving tab index), arrow keys, Page Up/Down, Home and End move between rows, Enter opens.
 */
export function VirtualTable<T>({
  items,
  rowKey,
  head,
  cells,
  label,
  maxHeight,
  minWidth,
  widths,
  rowCount,
  onOpen,
  dimmed,
  flagged,
  onEndReached,
  loadingMore,
}: VirtualTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [focusPending, setFocusPending] = useState(false);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; nothing here is memoized by the compiler
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (onEndReached && items.length > 0 && lastShown >= items.length - PREFETCH_ROWS) onEndReached();
  }, [lastShown, items.length, onEndReached]);

  const current = Math.min(active, Math.max(0, items.length - 1));
  // The row to focus may only exist once the virtualizer has scrolled it into the rendered window.
  const rendered = rows.some((row) => row.index === current);
  useEffect(() => {
    if (!focusPending || !rendered) return;
    scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${current}"]`)?.focus({ preventScroll: true });
    setFocusPending(false);
  }, [focusPending, rendered, current]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setFocusPending(true);
  };
  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + pageRows,
      PageUp: current - pageRows,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && onOpen && event.target instanceof HTMLTableRowElement) {
      const item = items[current];
      if (item !== undefined) {
        event.preventDefault();
        onOpen(item);
      }
    }
  };

  const before = rows[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  const columns = widths?.length ?? 0;
  return (
    <Box
      ref={scrollRef}
      mah={maxHeight}
      style={{ overflow: 'auto', border: '1px solid var(--mantine-color-default-border)' }}
    >
      <Table
        stickyHeader
        highlightOnHover
        fz={13}
        horizontalSpacing="xs"
        verticalSpacing={0}
        miw={minWidth}
        aria-label={label}
        aria-rowcount={(rowCount ?? items.length) + 1}
        style={{ tableLayout: widths ? 'fixed' : undefined }}
      >
        {widths && (
          <colgroup>
            {widths.map((width, i) => (
              <col key={i} style={{ width }} />
            ))}
          </colgroup>
        )}
        <Table.Thead style={{ zIndex: 1 }}>
          <Table.Tr aria-rowindex={1} h={HEADER_HEIGHT}>
            {head}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={onKeyDown}>
          {before > 0 && (
            <tr aria-hidden style={{ height: before }}>
              <td colSpan={columns || undefined} style={{ padding: 0, border: 0 }} />
            </tr>
          )}
          {rows.map((row) => {
            const item = items[row.index]!;
            return (
              <Table.Tr
                key={rowKey(item)}
                data-index={row.index}
                aria-rowindex={row.index + 2}
                tabIndex={row.index === current ? 0 : -1}
                h={ROW_HEIGHT}
                c={dimmed?.(item) ? 'dimmed' : undefined}
                bg={flagged?.(item) ? 'red.1' : undefined}
                aria-invalid={flagged?.(item) || undefined}
                onFocus={() => setActive(row.index)}
                onDoubleClick={onOpen ? () => onOpen(item) : undefined}
                style={{ cursor: onOpen ? 'default' : undefined }}
              >
                {cells(item)}
              </Table.Tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden style={{ height: after }}>
              <td colSpan={columns || undefined} style={{ padding: 0, border: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      {loadingMore}
    </Box>
  );
}

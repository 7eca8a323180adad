/** What the reader has picked to follow across charts; the address keeps it, so links reopen it. */
export interface Selection {
  sector?: string;
  year?: number;
  place?: string;
  /** Map layers switched off: view state, kept in the address like the rest. */
  hide?: string[];
}

export type SelectionKey = keyof Selection;

export function isEmpty(selection: Selection): boolean {
  return (
    selection.sector === undefined && selection.year === undefined && selection.place === undefined
  );
}

import { useState } from "react";

/**
 * The page of a list paged on the server, back to page 1 whenever `filterKey` (its filters, tabs,
 * search and sort, serialised) changes: the page the user is on and the setter its pagination calls.
 */
export function usePageOf(filterKey: string): [number, (page: number) => void] {
  const [page, setPage] = useState(1);
  const [lastKey, setLastKey] = useState(filterKey);
  if (lastKey !== filterKey) {
    setLastKey(filterKey);
    setPage(1);
  }
  return [lastKey === filterKey ? page : 1, setPage];
}

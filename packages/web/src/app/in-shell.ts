import { createContext, useContext } from 'react';

/** True below the app shell, whose `<main>` already holds the page. */
export const InShellContext = createContext(false);

/**
 * The element a full-page message renders as: a `<main>` landmark on its own, a `<div>` inside the
 * shell's main (a page has one main landmark).
 *
 * @returns 'main' or 'div'
 */
export function usePageElement(): 'main' | 'div' {
  return useContext(InShellContext) ? 'div' : 'main';
}

import { useSyncExternalStore } from 'react';

export interface WindowSize {
  width: number;
  height: number;
}

/** What a page built ahead of time assumes: a laptop's window. */
const BUILT: WindowSize = { width: 1280, height: 800 };

let last: WindowSize = BUILT;

function read(): WindowSize {
  if (last.width !== window.innerWidth || last.height !== window.innerHeight) {
    last = { width: window.innerWidth, height: window.innerHeight };
  }
  return last;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** The window's inner size, following resizes: a surface that fills the window lays out for it. */
export function useWindowSize(): WindowSize {
  return useSyncExternalStore(subscribe, read, () => BUILT);
}

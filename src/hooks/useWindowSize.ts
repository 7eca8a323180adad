import { useEffect, useState } from 'react';

export interface WindowSize {
  width: number;
  height: number;
}

const read = (): WindowSize => ({ width: window.innerWidth, height: window.innerHeight });

/** The window's inner size, following resizes: a surface that fills the window lays out for it. */
export function useWindowSize(): WindowSize {
  const [size, setSize] = useState(read);
  useEffect(() => {
    const update = () => setSize(read());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return size;
}

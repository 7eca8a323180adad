import { useEffect, useState } from 'react';
import { useT } from '../state/useT';
import { locationOf, navigate, parseRoute } from '../state/router';

/** Dropping a PNG or SVG exported from here reopens the view it shows. */
export function DropToOpen() {
  const [message, setMessage] = useState('');
  const t = useT();
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void (async () => {
        const { viewUrlFromFile } = await import('../export-browser/readView');
        const url = await viewUrlFromFile(file);
        const target = url === null || !URL.canParse(url) ? null : new URL(url);
        // Only a path of ours, and only its own query: a file cannot send the reader elsewhere.
        const saved = target ? locationOf(target) : null;
        const route = saved ? parseRoute(saved.pathname) : null;
        if (!saved || !route || (route.name !== 'chart' && route.name !== 'dashboard')) {
          setMessage(t.dropNoView(file.name));
          return;
        }
        const path = route.name === 'chart' ? `/chart/${encodeURIComponent(route.id)}` : '/';
        navigate(path, saved.search);
        setMessage(t.dropOpened(file.name));
      })();
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [t]);
  return (
    <p className="drop-message" role="status">
      {message}
    </p>
  );
}

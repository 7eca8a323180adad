import { Suspense, useState, type ReactNode } from 'react';

/**
 * A disclosure that tells its contents whether it has been opened: what a reader may never open
 * can wait for it, and cost the first view nothing.
 */
export function LazyDetails({
  className,
  summary,
  children,
}: {
  className?: string;
  summary: ReactNode;
  children: (opened: boolean) => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={className}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      <Suspense fallback={null}>{children(opened)}</Suspense>
    </details>
  );
}

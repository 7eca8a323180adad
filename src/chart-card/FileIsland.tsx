import { useContext, type ReactNode } from 'react';
import { BuildingPage, Island, useBuiltIsland, useHydrated } from '../components/Island';
import type { DatasetName } from '../schema/dataFiles';
import { useBuiltFingerprint, useFilesChanged } from './islandData';

interface Props {
  id: string;
  /** The files the content is made from. */
  files: readonly DatasetName[];
  className?: string;
  /** The content, as a component that reads the files itself. */
  children: ReactNode;
}

/**
 * Words and numbers read from data files (the headline figures, the sources), as the page was
 * built with them. They stay as built, and what reads and checks the files never loads, unless
 * the files say something else now; a page React draws itself reads them at once.
 */
export function FileIsland({ id, files, className, children }: Props) {
  const building = useContext(BuildingPage);
  const hydrated = useHydrated();
  const built = useBuiltIsland(id);
  const fingerprint = useBuiltFingerprint(files);
  const changed = useFilesChanged(id, files, built && hydrated && !building);
  return (
    <Island
      id={id}
      {...(className ? { className } : {})}
      {...(building && fingerprint ? { fingerprint } : {})}
      live={built && !changed ? null : children}
      fallback={children}
    >
      {children}
    </Island>
  );
}

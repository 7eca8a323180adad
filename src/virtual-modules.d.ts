declare module 'virtual:kzcn-bundled-data' {
  /** Data file name → its text. */
  export const bundled: Record<string, string | undefined>;
  /** The map's boundaries (geo/region.json) as text. */
  export const geometry: string;
}

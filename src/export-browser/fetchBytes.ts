/** A file the site serves (a font face), as bytes. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${String(response.status)}`);
  return new Uint8Array(await response.arrayBuffer());
}

import * as z from 'zod/mini';

/** Country boundaries (Natural Earth) as TopoJSON, cut to the map's region at build time. */
export const topologySchema = z.object({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z.optional(z.object({ scale: z.array(z.number()), translate: z.array(z.number()) })),
  objects: z.object({
    countries: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z.array(z.looseObject({ type: z.string(), id: z.optional(z.string()) })),
    }),
  }),
});

export type RegionTopology = z.infer<typeof topologySchema>;

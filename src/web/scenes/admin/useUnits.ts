import type { Id } from "../../api/types.js";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.js";

export const unitsKey = (orgId: Id) => ["units", orgId] as const;

export function useUnits(orgId: Id) {
  return useQuery({ queryKey: unitsKey(orgId), queryFn: async () => (await api.units.list(orgId)).items });
}

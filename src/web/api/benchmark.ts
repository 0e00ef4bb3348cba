// API calls of 对标 (GET /api/benchmark/metrics, /api/benchmark, export.xlsx); types from src/shared.
import { request } from "./client.js";
import type { BenchmarkMetricGroup, BenchmarkResult } from "../../shared/benchmark.js";

export type { BenchmarkMetricGroup, BenchmarkResult, BenchmarkRow, BenchmarkSection } from "../../shared/benchmark.js";

export interface BenchmarkMetrics {
  year: number | null;
  years: number[];
  /** How many bureaus below are compared. */
  orgs: number;
  groups: BenchmarkMetricGroup[];
}

const query = (metric: string, year: number | null) => `?metric=${encodeURIComponent(metric)}${year ? `&year=${year}` : ""}`;

export const benchmarkApi = {
  metrics: (year: number | null) => request<BenchmarkMetrics>(`/api/benchmark/metrics${year ? `?year=${year}` : ""}`),
  compare: (metric: string, year: number | null) => request<BenchmarkResult>(`/api/benchmark${query(metric, year)}`),
  xlsxUrl: (metric: string, year: number | null) => `/api/benchmark/export.xlsx${query(metric, year)}`,
};

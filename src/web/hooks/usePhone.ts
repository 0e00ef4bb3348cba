// Phones (below antd's `md`, 768 px): the shell turns its sidebar into a drawer, forms go to one
// column, wide tables become card lists. Desktop renders first (breakpoints are unknown until the
// first layout effect), so office screens never flash the phone layout.
import { Grid } from "antd";

export function usePhone(): boolean {
  return Grid.useBreakpoint().md === false;
}

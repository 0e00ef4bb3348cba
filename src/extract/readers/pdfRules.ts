// Ruling lines of a PDF page from pdfjs's operator list: the straight horizontal and vertical
// strokes (and hairline-thin filled rectangles, as some producers draw borders) in page
// coordinates, y downwards like the text items. Curves, slanted lines and large fills
// (cell shading, backgrounds) are not rules.

export type Matrix = [number, number, number, number, number, number];

/** A horizontal (y0 === y1) or vertical (x0 === x1) rule, with x0 <= x1 and y0 <= y1. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageRules {
  horizontal: Rule[];
  vertical: Rule[];
}

/** The operator codes this module reads (pdfjs's OPS), passed in so the module stays pure. */
export interface RuleOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdfjs's path encoding inside constructPath (DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** A filled rectangle thinner than this (points) is a rule, not a shaded area. */
const HAIRLINE = 2.5;
/** Shorter strokes are underlines, ticks or bullets, not table rules. */
const MIN_RULE_LENGTH = 4;
const STRAIGHT = 0.6;

export function multiply(m: Matrix, n: Matrix): Matrix {
  // m applied after n (pdfjs's Util.transform(m, n) order)
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * Rules of one page. `viewport` maps PDF user space to page coordinates (pdfjs's
 * viewport.transform at scale 1).
 */
export function rulesOfOperatorList(
  operators: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> },
  viewport: Matrix,
  ops: RuleOps,
): PageRules {
  const rules: PageRules = { horizontal: [], vertical: [] };
  const stack: Matrix[] = [];
  let ctm: Matrix = viewport;
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const { fnArray, argsArray } = operators;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, argsArray[i] as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = (argsArray[i] as unknown[] | null)?.[0];
      if (Array.isArray(matrix) || ArrayBuffer.isView(matrix)) ctm = multiply(ctm, Array.from(matrix as ArrayLike<number>) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath) {
      const [paint, data] = argsArray[i] as [number, [ArrayLike<number> | null]];
      const path = data?.[0];
      if (!path || !path.length) continue;
      if (strokes.has(paint)) strokedRules(path, ctm, rules);
      else if (fills.has(paint)) filledRules(path, ctm, rules);
    }
  }
  return rules;
}

type Point = [number, number];

/** The subpaths of a path, as polylines of page points; curves break a subpath. */
function subpaths(path: ArrayLike<number>, ctm: Matrix): { points: Point[]; closed: boolean }[] {
  const out: { points: Point[]; closed: boolean }[] = [];
  let current: { points: Point[]; closed: boolean } | undefined;
  for (let i = 0; i < path.length; ) {
    const op = path[i];
    if (op === MOVE_TO) {
      current = { points: [apply(ctm, path[i + 1], path[i + 2])], closed: false };
      out.push(current);
      i += 3;
    } else if (op === LINE_TO) {
      const point = apply(ctm, path[i + 1], path[i + 2]);
      if (current) current.points.push(point);
      else out.push((current = { points: [point], closed: false }));
      i += 3;
    } else if (op === CURVE_TO || op === QUADRATIC_CURVE_TO) {
      const n = op === CURVE_TO ? 6 : 4;
      // a curve ends the straight run; start a new polyline at its end point
      current = { points: [apply(ctm, path[i + n - 1], path[i + n])], closed: false };
      out.push(current);
      i += n + 1;
    } else if (op === CLOSE_PATH) {
      if (current) current.closed = true;
      i += 1;
    } else {
      break;
    }
  }
  return out;
}

function strokedRules(path: ArrayLike<number>, ctm: Matrix, rules: PageRules): void {
  for (const { points, closed } of subpaths(path, ctm)) {
    const count = closed ? points.length : points.length - 1;
    for (let k = 0; k < count; k++) addRule(points[k], points[(k + 1) % points.length], rules);
  }
}

function filledRules(path: ArrayLike<number>, ctm: Matrix, rules: PageRules): void {
  for (const { points } of subpaths(path, ctm)) {
    if (points.length < 4 || points.length > 5) continue;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const y0 = Math.min(...ys);
    const y1 = Math.max(...ys);
    // only axis-aligned rectangles: every corner sits on the bounding box's corners
    if (!points.every(([x, y]) => (near(x, x0) || near(x, x1)) && (near(y, y0) || near(y, y1)))) continue;
    const width = x1 - x0;
    const height = y1 - y0;
    if (height <= HAIRLINE && width >= MIN_RULE_LENGTH) addRule([x0, (y0 + y1) / 2], [x1, (y0 + y1) / 2], rules);
    else if (width <= HAIRLINE && height >= MIN_RULE_LENGTH) addRule([(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1], rules);
  }
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= STRAIGHT;
}

function addRule([ax, ay]: Point, [bx, by]: Point, rules: PageRules): void {
  if (![ax, ay, bx, by].every(Number.isFinite)) return;
  if (near(ay, by) && Math.abs(bx - ax) >= MIN_RULE_LENGTH) {
    const y = (ay + by) / 2;
    rules.horizontal.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: y, y1: y });
  } else if (near(ax, bx) && Math.abs(by - ay) >= MIN_RULE_LENGTH) {
    const x = (ax + bx) / 2;
    rules.vertical.push({ x0: x, x1: x, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  }
}

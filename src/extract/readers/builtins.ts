// pdfjs-dist's legacy build carries core-js polyfills that *replace* built-ins of the whole
// process when it loads (on Node 20: Array.prototype.push, JSON.stringify, JSON.parse,
// Function.prototype.toString). The replacements are JavaScript: JSON.stringify runs a replacer
// on every value and then re-scans its whole output, push becomes a call with `arguments` — every
// request of the server pays for them, not only PDF reading. What pdfjs *adds*
// (Promise.withResolvers, Set methods…) it needs and keeps; what it replaced is put back.

const OWNERS: object[] = [
  Array.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Function.prototype,
  Object,
  Object.prototype,
  String.prototype,
  Number,
  Math,
  JSON,
  Promise,
  Map.prototype,
  Set.prototype,
  RegExp.prototype,
];

type Snapshot = Map<object, Map<PropertyKey, PropertyDescriptor>>;

function snapshot(): Snapshot {
  const out: Snapshot = new Map();
  for (const o of OWNERS) out.set(o, new Map(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)!])));
  return out;
}

/** The built-ins as they were before pdfjs was first loaded (taken on that first load). */
let original: Snapshot | null = null;

/** Loads a module that may polyfill built-ins, keeping the process's own built-ins. */
export async function importKeepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
  original ??= snapshot();
  try {
    return await load();
  } finally {
    restoreBuiltins();
  }
}

/** Puts back every built-in that was replaced since the snapshot; additions stay. */
export function restoreBuiltins(): void {
  if (!original) return;
  for (const [o, props] of original) {
    for (const [k, d] of props) {
      const now = Object.getOwnPropertyDescriptor(o, k);
      if (now && now.value === d.value && now.get === d.get && now.set === d.set) continue;
      if (!now?.configurable) continue;
      Object.defineProperty(o, k, d);
    }
  }
}

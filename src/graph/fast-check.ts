// A cheaper first pass of the schema's property checks. A graph holds hundreds of thousands of rows, and zod's
// safeParse of each (a parse that copies the row, with its issue bookkeeping) was most of checking a year's graph.
// `checkOf(schema)(value)` answers from a plain predicate compiled once from the schema's own definition: strings,
// numbers (finite; safe integers; bounds), booleans, enums, optionals, arrays (lengths) and objects (strict or not).
// Any other part of a schema (a refinement, a union, a check it does not know) is asked of zod itself. The predicate
// is sound by construction: it says yes only where zod would; where it says no, the caller asks zod, whose issues
// are what the user is told. So the checks that guard a user's graph are zod's as before, only faster when they hold.
import type { z } from 'zod';

type Check = (value: unknown) => boolean;

/** What zod 4 keeps of a schema: its definition (type, checks, and the parts of its kind). */
interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  entries?: Record<string, unknown>;
}

const compiled = new WeakMap<z.ZodType, Check>();

/** The predicate of `schema`: true only for values zod accepts (false may still be accepted: ask zod). */
export function checkOf(schema: z.ZodType): Check {
  let check = compiled.get(schema);
  if (!check) compiled.set(schema, (check = compile(schema)));
  return check;
}

const byZod = (schema: z.ZodType): Check => (value) => schema.safeParse(value).success;

function compile(schema: z.ZodType): Check {
  const def = (schema as unknown as { _zod?: { def?: Def } })._zod?.def;
  if (!def) return byZod(schema);
  const bounds = def.checks?.length ? checksOf(def) : [];
  if (!bounds) return byZod(schema);
  const all = (v: unknown): boolean => bounds.every((b) => b(v));
  switch (def.type) {
    case 'string':
      return bounds.length ? (v) => typeof v === 'string' && all(v) : (v) => typeof v === 'string';
    case 'number':
      return bounds.length ? (v) => typeof v === 'number' && Number.isFinite(v) && all(v) : (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return bounds.length ? byZod(schema) : (v) => typeof v === 'boolean';
    case 'enum': {
      if (bounds.length || !def.entries) return byZod(schema);
      const values = new Set(Object.values(def.entries));
      return (v) => (typeof v === 'string' || typeof v === 'number') && values.has(v);
    }
    case 'optional': {
      if (bounds.length || !def.innerType) return byZod(schema);
      const inner = checkOf(def.innerType);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      if (!def.element) return byZod(schema);
      const element = checkOf(def.element);
      return (v) => Array.isArray(v) && all(v) && v.every((x) => element(x));
    }
    case 'object': {
      if (bounds.length || !def.shape) return byZod(schema);
      // Strict (catchall never): no key outside the shape; no catchall: any other key is let through; else zod.
      const catchall = def.catchall ? (def.catchall as unknown as { _zod: { def: Def } })._zod.def.type : undefined;
      if (catchall !== undefined && catchall !== 'never') return byZod(schema);
      const keys = Object.keys(def.shape);
      const known = new Set(keys);
      // A key left out passes only where the shape says it may be (an optional); anything else is zod's to judge.
      const props = keys.map((k) => [k, checkOf(def.shape![k]!), (def.shape![k] as unknown as { _zod: { def: Def } })._zod.def.type === 'optional'] as const);
      return (v) => {
        if (typeof v !== 'object' || v === null) return false;
        const proto = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) return false;
        const o = v as Record<string, unknown>;
        for (const [k, check, optional] of props) {
          if (!(k in o)) {
            if (!optional) return false;
          } else if (!check(o[k])) return false;
        }
        if (catchall === 'never') for (const k in o) if (!known.has(k)) return false;
        return true;
      };
    }
    default:
      return byZod(schema);
  }
}

/**
 * The checks of a string, number or array as predicates on the value (the length of a string or array), or
 * undefined when one is not known here (the schema is then zod's to check).
 */
function checksOf(def: Def): Check[] | undefined {
  const out: Check[] = [];
  const size = (v: unknown): number => (v as { length: number }).length;
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.when !== undefined) return undefined;
    if (def.type === 'number' && d.check === 'number_format' && d.format === 'safeint') out.push((v) => Number.isSafeInteger(v));
    else if (def.type === 'number' && d.check === 'greater_than' && typeof d.value === 'number') {
      const min = d.value;
      out.push(d.inclusive ? (v) => (v as number) >= min : (v) => (v as number) > min);
    } else if (def.type === 'number' && d.check === 'less_than' && typeof d.value === 'number') {
      const max = d.value;
      out.push(d.inclusive ? (v) => (v as number) <= max : (v) => (v as number) < max);
    } else if ((def.type === 'string' || def.type === 'array') && d.check === 'min_length' && typeof d.minimum === 'number') {
      const min = d.minimum;
      out.push((v) => size(v) >= min);
    } else if ((def.type === 'string' || def.type === 'array') && d.check === 'max_length' && typeof d.maximum === 'number') {
      const max = d.maximum;
      out.push((v) => size(v) <= max);
    } else if ((def.type === 'string' || def.type === 'array') && d.check === 'length_equals' && typeof d.length === 'number') {
      const length = d.length;
      out.push((v) => size(v) === length);
    } else return undefined;
  }
  return out;
}

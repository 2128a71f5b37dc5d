// An entity's state as the relation cache fingerprints it (memo.ts): its label, kind, name and props — what the
// rules may read of it (not its mentions, article ids or aliases, which they only add to). A hash of it is kept per
// entity and made again only after a change: every place that changes an entity's kind or props once it is made
// says so (entityChanged: upsert, bylines' roles, an outcome's reportedOn, the cache's replay), which also tells
// the article being recorded, if any, which of its props it changed. An entity is otherwise never changed in place
// (its props object is not replaced, no prop's value is changed inside). KG_MEMO_CHECK=1 makes every look-up hash
// the entity again and throw when a kept hash no longer matches (a change that was not said): the tests run so.
import { hash } from 'node:crypto';
import type { Entity } from './types.js';

/** What entityChanged is told when the kind was filled in (a prop's name is never empty). */
export const KIND = '';
/** The state of a key that holds no entity. */
export const ABSENT = '\u2205';

const states = new WeakMap<Entity, string>();
let watcher: ((e: Entity, what: string) => void) | undefined;
let check = process.env.KG_MEMO_CHECK === '1';

/** Whether every look-up hashes the entity again to check the kept hash (KG_MEMO_CHECK=1 sets it at start). */
export function checkEntityStates(on: boolean): void {
  check = on;
}

/** An entity's kind (`KIND`) or prop `what` was just set: its state is made again when next asked. */
export function entityChanged(e: Entity, what: string): void {
  states.delete(e);
  watcher?.(e, what);
}

/** Calls `f` at each entityChanged until the function returned is called. */
export function watchEntityChanges(f: (e: Entity, what: string) => void): () => void {
  const before = watcher;
  watcher = f;
  return () => {
    watcher = before;
  };
}

/** The entity's state, written out: label, kind, name and each prop. */
export function entityStateText(e: Entity): string {
  // JSON escapes every control character: the separators cannot occur inside a value.
  let out = `${e.label}\u0001${e.kind ?? ''}\u0001${JSON.stringify(e.name)}`;
  for (const k in e.props) {
    const v = e.props[k];
    out += `\u0001${k}=${v === undefined ? 'u' : JSON.stringify(v)}`;
  }
  return out;
}

/** A hash of the entity's state (ABSENT for none), made once per change. */
export function entityState(e: Entity | undefined): string {
  if (!e) return ABSENT;
  let s = states.get(e);
  if (s === undefined) {
    s = hash('sha1', entityStateText(e), 'base64');
    states.set(e, s);
  } else if (check && s !== hash('sha1', entityStateText(e), 'base64')) {
    throw new Error(`entity-state: ${e.key} was changed without entityChanged`);
  }
  return s;
}

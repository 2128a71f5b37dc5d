// README sections generated from the code they describe, so the documentation cannot drift from the model or
// from the canned queries: `npm run docs` rewrites them, and a test compares.
import { z } from 'zod';
import { LABEL_OF_KIND, NODE_LABELS, NODE_PROPERTIES, RELATIONSHIP_ENDPOINTS, RELATIONSHIP_PROPERTIES, RELATIONSHIP_TYPES } from '../../schema/model.js';
import { basename } from 'node:path';
import { loadQueries, statementOf } from '../queries/index.js';

function propertyList(schema: z.ZodTypeAny): string {
  const shape = (schema as unknown as { shape: Record<string, z.ZodTypeAny> }).shape;
  return Object.entries(shape)
    .map(([name, s]) => (s.safeParse(undefined).success ? `${name}?` : name))
    .join(', ');
}

export function modelSection(): string {
  const rows = NODE_LABELS.map((label) => {
    const kinds = Object.entries(LABEL_OF_KIND)
      .filter(([, l]) => l === label)
      .map(([k]) => k)
      .join(', ');
    return `| \`${label}\` | ${kinds || '—'} | ${propertyList(NODE_PROPERTIES[label])} |`;
  });
  const rels = RELATIONSHIP_TYPES.map((type) => {
    const e = RELATIONSHIP_ENDPOINTS[type];
    return `| \`${type}\` | ${e.from.join(', ')} → ${e.to.join(', ')} | ${e.description} | ${propertyList(RELATIONSHIP_PROPERTIES[type])} |`;
  });
  return [
    '| Label | Finer labels (second label on the node) | Properties (`?` optional) |',
    '|---|---|---|',
    ...rows,
    '',
    '| Relationship | From → to | Meaning | Properties |',
    '|---|---|---|---|',
    ...rels,
  ].join('\n');
}

const cypherLiteral = (v: unknown): string =>
  typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(v);

/** Each canned query: what it answers, the file, and a block ready to paste into Browser (`:param` lines + query). */
export function queriesSection(): string {
  return loadQueries()
    .map((q) => {
      const params = q.params.map((p) => `:param ${p.name} => ${cypherLiteral(p.default)};`);
      const flags = q.params.filter((p) => p.default !== '').map((p) => ` --param ${p.name}=${String(p.default)}`).join('');
      const file = `cypher/${basename(q.file)}`;
      return [
        `#### \`${q.name}\``,
        '',
        q.description,
        '',
        `Shell: \`kg query ${q.name}${flags}\` · file: [\`${file}\`](${file})`,
        '',
        '<details><summary>Browser: parameters and query</summary>',
        '',
        '```cypher',
        ...params,
        ...(params.length ? [''] : []),
        statementOf(q).trim(),
        '```',
        '',
        '</details>',
      ].join('\n');
    })
    .join('\n\n');
}

export function generatedSections(): Record<string, string> {
  return { model: modelSection(), queries: queriesSection() };
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` for each section. */
export function replaceSections(text: string, sections: Record<string, string>): string {
  let out = text;
  for (const [name, body] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(out)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
    out = out.replace(re, (_m, a: string, b: string) => `${a}\n${body}\n${b}`);
  }
  return out;
}

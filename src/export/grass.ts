// The Neo4j Browser style (GraSS) for kg's graph: each schema label in its colour from palette.ts, captioned by
// name, so Browser pictures match the HTML view and Gephi. Browser styles a node by every rule whose labels it
// carries, so `node.Organization` also styles :Organization:Company. Captions are single-quoted: Browser's GraSS
// parser keeps double quotes as part of the caption.
import { NODE_LABELS, type NodeLabel } from '../../schema/model.js';
import { LABEL_COLOURS } from './palette.js';

/** Articles are hubs, outcomes are leaves: sizes that say so. */
const DIAMETER: Partial<Record<NodeLabel, string>> = { Article: '65px', Outcome: '40px' };

function rule(selector: string, props: Array<[string, string]>): string {
  return `${selector} {\n${props.map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n}\n`;
}

export function toGrass(): string {
  return [
    '/* Neo4j Browser style for kg (written by `kg export --format grass`; colours match the HTML view).',
    '   In Browser: run :style and drop this file on the frame, or :style http://localhost:PORT/style.grass */',
    rule('node', [['diameter', '50px'], ['color', '#A5ABB6'], ['border-color', '#9AA1AC'], ['border-width', '2px'], ['text-color-internal', '#FFFFFF'], ['font-size', '10px']]),
    rule('relationship', [['color', '#A5ABB6'], ['shaft-width', '1px'], ['font-size', '8px'], ['padding', '3px'], ['text-color-external', '#000000'], ['text-color-internal', '#FFFFFF'], ['caption', "'<type>'"]]),
    // Mentions outnumber facts several times over; a lighter line lets the facts stand out.
    rule('relationship.MENTIONS', [['color', '#D5D5D5']]),
    ...NODE_LABELS.map((label) => {
      const c = LABEL_COLOURS[label];
      return rule(`node.${label}`, [
        ['color', c.fill],
        ['border-color', c.border],
        ['text-color-internal', c.text],
        ['diameter', DIAMETER[label] ?? '50px'],
        ['caption', "'{name}'"],
      ]);
    }),
  ].join('\n');
}

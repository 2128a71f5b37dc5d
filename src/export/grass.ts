// The Neo4j Browser style (GraSS) for kg's graph: each schema label in its colour from palette.ts, captioned by
// name, so Browser pictures match the HTML view and Gephi. Finer labels (Company, Award …) get rules of their
// own in their label's colour: Browser invents a colour for every label it has no rule for, and for
// :Organization:Company the invented `node.Company` rule, added last, would win. Browser's GraSS parser knows no
// comments (one would become part of the next selector) and keeps double quotes as part of a caption, so the file
// has no comment and single-quoted captions.
import { ENTITY_KINDS, LABEL_OF_KIND, NODE_LABELS, type NodeLabel } from '../../schema/model.js';
import { LABEL_COLOURS } from './palette.js';

/** Articles are hubs, outcomes are leaves: sizes that say so. */
const DIAMETER: Partial<Record<NodeLabel, string>> = { Article: '65px', Outcome: '40px' };

function rule(selector: string, props: Array<[string, string]>): string {
  return `${selector} {\n${props.map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n}\n`;
}

function labelRule(selectorLabel: string, label: NodeLabel): string {
  const c = LABEL_COLOURS[label];
  return rule(`node.${selectorLabel}`, [
    ['color', c.fill],
    ['border-color', c.border],
    ['text-color-internal', c.text],
    ['diameter', DIAMETER[label] ?? '50px'],
    ['caption', "'{name}'"],
  ]);
}

export function toGrass(): string {
  return [
    rule('node', [['diameter', '50px'], ['color', '#A5ABB6'], ['border-color', '#9AA1AC'], ['border-width', '2px'], ['text-color-internal', '#FFFFFF'], ['font-size', '10px']]),
    rule('relationship', [['color', '#A5ABB6'], ['shaft-width', '1px'], ['font-size', '8px'], ['padding', '3px'], ['text-color-external', '#000000'], ['text-color-internal', '#FFFFFF'], ['caption', "'<type>'"]]),
    // Mentions outnumber facts several times over; a lighter line lets the facts stand out.
    rule('relationship.MENTIONS', [['color', '#D5D5D5']]),
    ...NODE_LABELS.map((label) => labelRule(label, label)),
    ...ENTITY_KINDS.map((kind) => labelRule(kind, LABEL_OF_KIND[kind])),
  ].join('\n');
}

// One colour per node label, shared by every picture of the graph (the HTML view, GEXF for Gephi, the Neo4j
// Browser style), so an analyst who learns "orange is a programme" in one tool can read the others. Finer labels
// (Company, Award …) take their label's colour: seven colours are tellable apart, thirty-four are not.
import type { NodeLabel } from '../../schema/model.js';

export interface LabelColour {
  /** Fill, as #rrggbb. */
  fill: string;
  /** A darker edge of the same hue. */
  border: string;
  /** Caption colour readable on the fill. */
  text: string;
}

export const LABEL_COLOURS: Record<NodeLabel, LabelColour> = {
  Article: { fill: '#79706e', border: '#5b5452', text: '#ffffff' },
  Person: { fill: '#e15759', border: '#b34143', text: '#ffffff' },
  Organization: { fill: '#4e79a7', border: '#395b80', text: '#ffffff' },
  Place: { fill: '#59a14f', border: '#42793b', text: '#ffffff' },
  Programme: { fill: '#f28e2b', border: '#c06d1c', text: '#000000' },
  Outcome: { fill: '#b07aa1', border: '#885b7b', text: '#ffffff' },
  Industry: { fill: '#edc948', border: '#bfa033', text: '#000000' },
};

/** Colour of relationships in pictures: quiet, so nodes carry the meaning. */
export const EDGE_COLOUR = '#c8c8c8';

/**
 * Colours of the largest communities when a picture colours by community (src/analytics/): twelve that stay apart
 * from one another. Communities beyond them, entities alone in theirs, and nodes outside the entity network
 * (articles, outcomes) take COMMUNITY_OTHER.
 */
export const COMMUNITY_COLOURS: readonly string[] = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b',
  '#e377c2', '#17becf', '#bcbd22', '#393b79', '#637939', '#ad494a',
];
export const COMMUNITY_OTHER = '#cfcfcf';

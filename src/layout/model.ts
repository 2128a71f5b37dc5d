// The layout model: grouping parameters (model/params.json) and the rules for page furniture and photo
// captions (model/furniture.json), validated once at start-up and compiled.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { KgError } from '../errors.js';
import { readModelJson } from '../util/model-file.js';

const ParamsFile = z
  .object({
    $comment: z.string().optional(),
    lineTolerance: z.number().positive(),
    runGap: z.number().positive(),
    hangGap: z.number().positive(),
    spaceGap: z.number().positive(),
    overprint: z.number().positive(),
    gutter: z.number().positive(),
    sectionGap: z.number().positive(),
    minSectionGap: z.number().positive(),
    headline: z.number().gt(1),
    display: z.number().gt(1),
    displaySpacing: z.number().positive(),
    small: z.number().positive().lt(1),
    sameSize: z.number().positive(),
    indent: z.number().positive(),
    shortLine: z.number().positive(),
    paragraphGap: z.number().positive(),
    headGroupGap: z.number().positive(),
    ownerOverlap: z.number().positive().max(1),
    furnitureBand: z.number().positive().lt(0.5),
    maxLeadLines: z.number().int().nonnegative(),
  })
  .strict();
export type LayoutParams = Omit<z.infer<typeof ParamsFile>, '$comment'>;

const Rule = z.object({ id: z.string().min(1), $comment: z.string().optional(), regex: z.string().min(1) }).strict();
const FurnitureFile = z
  .object({
    $comment: z.string().optional(),
    jumpLine: Rule,
    staffCredit: Rule,
    mastheadText: Rule,
    mastheadTitle: Rule.extend({ minSize: z.number().gt(1) }),
    pageNumber: Rule,
    sectionFlag: Rule,
    advert: Rule,
    caption: Rule,
    guide: Rule.extend({ pageRef: z.string().min(1) }),
    weather: Rule.extend({ reading: z.string().min(1) }),
    noteBox: Rule,
    listBox: Rule,
    pictureCaption: Rule,
    dispatchOpener: Rule,
    listGrid: Rule.extend({ entry: z.string().min(1) }),
    briefsLabel: Rule.extend({ opens: z.string().min(1), mark: z.string().min(1) }),
    bylineBeside: Rule.extend({ rest: z.string().min(1) }),
  })
  .strict();

export interface CompiledRule {
  id: string;
  regex: RegExp;
}

export interface LayoutModel {
  params: LayoutParams;
  jumpLine: CompiledRule;
  staffCredit: CompiledRule;
  mastheadText: CompiledRule;
  mastheadTitle: CompiledRule & { minSize: number };
  pageNumber: CompiledRule;
  sectionFlag: CompiledRule;
  advert: CompiledRule;
  caption: CompiledRule;
  guide: CompiledRule & { pageRef: RegExp };
  weather: CompiledRule & { reading: RegExp };
  noteBox: CompiledRule;
  listBox: CompiledRule;
  pictureCaption: CompiledRule;
  dispatchOpener: CompiledRule;
  listGrid: CompiledRule & { entry: RegExp };
  briefsLabel: CompiledRule & { opens: RegExp; mark: RegExp };
  /** A byline set flush right under a short title, a block of its own (layout.byline-under-title). */
  bylineBeside: CompiledRule & { rest: RegExp };
}

let cached: LayoutModel | undefined;

export function loadLayoutModel(): LayoutModel {
  if (cached) return cached;
  const params = readModelFile('params.json', ParamsFile);
  const f = readModelFile('furniture.json', FurnitureFile);
  const where = fileURLToPath(new URL('./model/furniture.json', import.meta.url));
  const rules = [f.jumpLine, f.staffCredit, f.mastheadText, f.mastheadTitle, f.pageNumber, f.sectionFlag, f.advert, f.caption, f.guide, f.weather, f.noteBox, f.listBox, f.pictureCaption, f.dispatchOpener, f.listGrid, f.briefsLabel, f.bylineBeside];
  const dup = rules.map((r) => r.id).find((id, i, ids) => ids.indexOf(id) !== i);
  if (dup) throw new KgError('DATA_INVALID', `rule id "${dup}" is used twice`, { subject: where });
  const compile = (r: z.infer<typeof Rule>): CompiledRule => ({ id: r.id, regex: regex(r.id, r.regex) });
  const regex = (id: string, source: string): RegExp => {
    try {
      return new RegExp(source, 'u');
    } catch (e) {
      throw new KgError('DATA_INVALID', `rule ${id}: bad regex (${(e as Error).message})`, { subject: where });
    }
  };
  const { $comment: _, ...p } = params;
  cached = {
    params: p,
    jumpLine: compile(f.jumpLine),
    staffCredit: compile(f.staffCredit),
    mastheadText: compile(f.mastheadText),
    mastheadTitle: { ...compile(f.mastheadTitle), minSize: f.mastheadTitle.minSize },
    pageNumber: compile(f.pageNumber),
    sectionFlag: compile(f.sectionFlag),
    advert: compile(f.advert),
    caption: compile(f.caption),
    guide: { ...compile(f.guide), pageRef: regex(f.guide.id, f.guide.pageRef) },
    weather: { ...compile(f.weather), reading: regex(f.weather.id, f.weather.reading) },
    noteBox: compile(f.noteBox),
    listBox: compile(f.listBox),
    pictureCaption: compile(f.pictureCaption),
    dispatchOpener: compile(f.dispatchOpener),
    listGrid: { ...compile(f.listGrid), entry: regex(f.listGrid.id, f.listGrid.entry) },
    briefsLabel: { ...compile(f.briefsLabel), opens: regex(f.briefsLabel.id, f.briefsLabel.opens), mark: regex(f.briefsLabel.id, f.briefsLabel.mark) },
    bylineBeside: { ...compile(f.bylineBeside), rest: regex(f.bylineBeside.id, f.bylineBeside.rest) },
  };
  return cached;
}

function readModelFile<T>(name: string, schema: z.ZodType<T>): T {
  return readModelJson(new URL(`./model/${name}`, import.meta.url), schema, 'layout rules');
}

// Page furniture among a page's lines: the page's staff (责任编辑：某某 美编：某某), jump lines (（下转第4版）), an
// e-paper's navigation (版面导航, 扫码阅读) and a column's heading over briefs (短讯, 图片新闻) belong to no article.
// A furniture line is dropped as a blank line (it breaks the text as one), and a jump mark closing a paragraph's
// last line is cut off it. The rules are data (model/patterns.json `furniture`).
import { displayWidth } from '../text/chars.js';
import type { Line } from './lines.js';
import type { SegmentModel } from './model.js';

export function dropFurniture(lines: readonly Line[], model: SegmentModel): { lines: Line[]; rules: string[] } {
  const rules = new Set<string>();
  const out = lines.map((line): Line => {
    const text = line.text.text;
    if (text.length === 0 || text.length > MAX_FURNITURE_LINE) return line;
    const rule = model.furnitureLines.find((r) => r.regex.test(text));
    if (rule) {
      rules.add(rule.id);
      return { ...line, text: line.text.slice(0, 0), indent: 0, width: 0 };
    }
    const jump = text.includes('版') ? model.jumpMark.regex.exec(text) : null;
    if (jump && jump.index > 0) {
      rules.add(model.jumpMark.id);
      const kept = line.text.slice(0, jump.index);
      return { ...line, text: kept, width: displayWidth(kept.text) };
    }
    return line;
  });
  return { lines: out, rules: [...rules] };
}

/** No furniture line is longer than this; longer lines skip the regexes. */
const MAX_FURNITURE_LINE = 80;

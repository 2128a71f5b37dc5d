// A Neo4j Browser guide for the canned queries in cypher/: one slide per query with its description, a runnable
// block of :param lines set to the defaults, and the runnable query. Generated from whatever files cypher/ holds
// (loadQueries), so a new query joins the guide the next time it is written. The markup is Browser's :play guide
// format (article.guide > carousel > slide; pre.runnable blocks go to the editor when clicked).
import type { CannedQuery } from '../queries/index.js';
import { statementOf } from '../queries/index.js';
import { literal } from './cypher.js';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Browser's :param line for a parameter's default: a Cypher literal, as the query expects it. */
export function paramLine(name: string, value: string | number | boolean): string {
  return `:param ${name} => ${literal(value, undefined, name)}`;
}

function slide(side: string, body: string): string {
  return `    <slide class="row-fluid">
      <div class="col-sm-3">
${side}
      </div>
      <div class="col-sm-9">
${body}
      </div>
    </slide>`;
}

function querySlide(q: CannedQuery, index: number, total: number): string {
  const params = q.params.length
    ? `        <p>Parameters (click the block, then run it; change the values to ask about something else):</p>
        <ul>${q.params.map((p) => `<li><code>$${escapeHtml(p.name)}</code> — ${escapeHtml(p.description)}</li>`).join('')}</ul>
        <pre class="pre-scrollable code runnable">${escapeHtml(q.params.map((p) => paramLine(p.name, p.default)).join('\n'))}</pre>
`
    : '        <p>No parameters.</p>\n';
  return slide(
    `        <h3>${escapeHtml(q.name)}</h3>
        <p class="lead">${index + 1} of ${total}</p>`,
    `        <p>${escapeHtml(q.description)}</p>
${params}        <p>The query (file <code>cypher/${escapeHtml(q.file.split('/').pop() ?? q.file)}</code>):</p>
        <pre class="pre-scrollable code runnable">${escapeHtml(statementOf(q))}</pre>`,
  );
}

export function toBrowserGuide(queries: readonly CannedQuery[]): string {
  const intro = slide(
    `        <h3>kg: the news graph</h3>
        <p class="lead">${queries.length} canned queries</p>`,
    `        <p>Questions analysts ask of the graph kg builds from newspaper pages: which enterprises took part in or benefited
        from which programmes, with what reported outcomes; who runs what; what sits where. Every fact carries its evidence
        (the sentence, the article, the source offsets and the rule that read it).</p>
        <p>On each slide, click the <code>:param</code> block and run it, then click the query and run it.
        For colours and captions by name, load the style: <code>:style</code> and drop <code>browser/style.grass</code> on the frame.</p>
        <p>The queries, one per slide: ${queries.map((q) => `<b>${escapeHtml(q.name)}</b>`).join(', ')}.</p>
        <p>Written by <code>kg export --format browser-guide</code> from the files in <code>cypher/</code>.</p>`,
  );
  return `<article class="guide">
  <carousel class="deck container-fluid">
${[intro, ...queries.map((q, i) => querySlide(q, i, queries.length))].join('\n')}
  </carousel>
</article>
`;
}

// Closures inside a loop that read a binding made per iteration (a variable declared in the loop's body, or the
// loop's own let/const): V8 then allocates that scope at every iteration, before any test (speed6, speed7).
// Prints file:line of the loop, the closure and the names; a closure's own parameters and variables are left out.
//   npx tsx bench/closure-check.ts src/extract/*.ts src/extract/recognizers/*.ts
import { readFileSync } from 'node:fs';
import ts from 'typescript';

for (const file of process.argv.slice(2)) {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const line = (n: ts.Node) => src.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const isLoop = (n: ts.Node): n is ts.IterationStatement => ts.isForStatement(n) || ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isWhileStatement(n) || ts.isDoStatement(n);
  const names = (b: ts.BindingName, out: Set<string>) => {
    if (ts.isIdentifier(b)) out.add(b.text);
    else for (const e of b.elements) if (!ts.isOmittedExpression(e)) names(e.name, out);
  };
  const visitLoop = (loop: ts.IterationStatement) => {
    const perIteration = new Set<string>();
    const init = ts.isForStatement(loop) || ts.isForOfStatement(loop) || ts.isForInStatement(loop) ? loop.initializer : undefined;
    if (init && ts.isVariableDeclarationList(init) && init.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) for (const d of init.declarations) names(d.name, perIteration);
    // Declarations in the body, not inside nested functions.
    const collect = (n: ts.Node) => {
      if (ts.isFunctionLike(n)) return;
      if (ts.isVariableDeclaration(n)) names(n.name, perIteration);
      ts.forEachChild(n, collect);
    };
    collect(loop.statement);
    if (!perIteration.size) return;
    const findClosures = (n: ts.Node) => {
      if (ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n)) {
        const used = new Set<string>();
        // The closure's own parameters and variables shadow the loop's (a name declared anywhere inside it).
        const own = new Set<string>();
        const ownNames = (m: ts.Node) => {
          if (ts.isParameter(m) || ts.isVariableDeclaration(m)) names(m.name, own);
          ts.forEachChild(m, ownNames);
        };
        ownNames(n);
        const refs = (m: ts.Node) => {
          if (ts.isIdentifier(m) && perIteration.has(m.text) && !own.has(m.text) && !(ts.isPropertyAccessExpression(m.parent) && m.parent.name === m)) used.add(m.text);
          ts.forEachChild(m, refs);
        };
        refs(n);
        if (used.size) console.log(`${file}:${line(loop)} loop, closure at ${line(n)}: ${[...used].join(', ')}`);
        return;
      }
      ts.forEachChild(n, findClosures);
    };
    findClosures(loop.statement);
    if (ts.isForStatement(loop) && loop.condition) findClosures(loop.condition);
  };
  const walk = (n: ts.Node) => {
    if (isLoop(n)) visitLoop(n);
    ts.forEachChild(n, walk);
  };
  walk(src);
}

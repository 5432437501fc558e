// Lists the functions longer than a number of lines, so a clean-up can be measured and CI can hold the line.
// Usage: tsx scripts/long-functions.ts [--lines 80] [--allow N] [folder…]   (default folder: src/web)
// Exits 1 when more than --allow functions are too long (no --allow: it only reports).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

type LongFunction = { file: string; line: number; name: string; lines: number };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.d\.ts$/.test(entry) ? [path] : [];
  });
}

/** A name a reader can find: the declaration's own, or the variable or property it is assigned to. */
function functionName(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

function longFunctions(file: string, maxLines: number): LongFunction[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > maxLines) found.push({ file, line: start + 1, name: functionName(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function main(argv: string[]) {
  let maxLines = 80;
  let allow: number | null = null;
  const folders: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lines') maxLines = Number(argv[++i]);
    else if (arg === '--allow') allow = Number(argv[++i]);
    else folders.push(arg);
  }
  const all = (folders.length ? folders : ['src/web'])
    .flatMap(sourceFiles)
    .flatMap((file) => longFunctions(file, maxLines))
    .sort((a, b) => b.lines - a.lines);
  for (const f of all) console.log(`${f.lines}\t${relative('.', f.file)}:${f.line}\t${f.name}`);
  console.log(`${all.length} functions over ${maxLines} lines`);
  if (allow !== null && all.length > allow) process.exitCode = 1;
}

main(process.argv.slice(2));

// Fails when src/flow.ts holds a type assertion (`x as T`, `<T>x`) or a non-null assertion (`x!`):
// a frontend that needs one has found a hole in the contract. Read with the TypeScript compiler itself.
import ts from "typescript";
import { readFileSync } from "node:fs";

const file = "src/flow.ts";
const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
const found = [];
const visit = (node) => {
  if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node)) {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1}: ${node.getText()}`);
  }
  ts.forEachChild(node, visit);
};
visit(source);
if (found.length > 0) {
  console.error(`client test: casts or non-null assertions are not allowed:\n${found.join("\n")}`);
  process.exit(1);
}

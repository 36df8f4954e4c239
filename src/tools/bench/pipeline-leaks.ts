/**
 * Finds Node-only pipeline code in shipped JavaScript. Identifiers are minified away, but string
 * literals survive bundling, so a distinctive pipeline string literal that no browser module also
 * contains is a fingerprint: finding it in dist/ means pipeline code was bundled.
 */
import ts from 'typescript';

/** Arabic words (the ingest tables) are distinctive when short; English needs a longer phrase. */
const MIN_ARABIC_LENGTH = 4;
const MIN_PHRASE_LENGTH = 20;
const ARABIC = /[\u0600-\u06ff]/;

function isDistinctive(literal: string): boolean {
  if (ARABIC.test(literal)) return literal.trim().length >= MIN_ARABIC_LENGTH;
  return literal.length >= MIN_PHRASE_LENGTH && /\p{L}{3}/u.test(literal) && literal.includes(' ');
}

/**
 * Distinctive string literals and template texts of a TypeScript source (comments are not literals).
 * @example stringLiterals("throw new Error('gazetteer alias matched twice')") // ['gazetteer alias matched twice']
 */
export function stringLiterals(source: string): string[] {
  const file = ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const literals: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (isDistinctive(node.text)) literals.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return literals;
}

/** Pipeline literals that no browser source contains (so they can only reach dist/ from the pipeline). */
export function pipelineFingerprints(
  pipelineSources: readonly string[],
  browserSources: readonly string[],
): Set<string> {
  const browserText = browserSources.join('\n');
  const fingerprints = new Set<string>();
  for (const source of pipelineSources) {
    for (const literal of stringLiterals(source)) {
      if (!browserText.includes(literal)) fingerprints.add(literal);
    }
  }
  return fingerprints;
}

/** Minifiers may write non-ASCII characters as \uXXXX escapes; compare against the decoded text. */
function decodeUnicodeEscapes(code: string): string {
  return code.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

export interface PipelineLeak {
  file: string;
  fingerprint: string;
}

/**
 * Which shipped files contain a pipeline fingerprint.
 * @example findPipelineLeaks([{ file: 'a.js', code: 'x("gazetteer alias matched twice")' }], new Set(['gazetteer alias matched twice']))
 * // [{ file: 'a.js', fingerprint: 'gazetteer alias matched twice' }]
 */
export function findPipelineLeaks(
  shipped: readonly { file: string; code: string }[],
  fingerprints: ReadonlySet<string>,
): PipelineLeak[] {
  const leaks: PipelineLeak[] = [];
  for (const { file, code } of shipped) {
    const decoded = decodeUnicodeEscapes(code);
    for (const fingerprint of fingerprints) {
      if (code.includes(fingerprint) || decoded.includes(fingerprint)) leaks.push({ file, fingerprint });
    }
  }
  return leaks;
}

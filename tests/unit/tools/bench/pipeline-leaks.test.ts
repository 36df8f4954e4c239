import { describe, expect, it } from 'vitest';
import {
  findPipelineLeaks,
  pipelineFingerprints,
  stringLiterals,
} from '../../../../src/tools/bench/pipeline-leaks.ts';

describe('pipeline leak detection', () => {
  it('takes distinctive literals and template texts, not comments or short words', () => {
    const source = [
      "const a = 'expected a value';",
      'const b = "an alias matched twice in one sentence";',
      'const c = `the gazetteer entry ${id} has no geometry source`;',
      "const d = 'جمادى الأولى';",
      "// 'a comment that looks like a long string literal'",
    ].join('\n');
    expect(stringLiterals(source)).toEqual([
      'an alias matched twice in one sentence',
      'the gazetteer entry ',
      ' has no geometry source',
      'جمادى الأولى',
    ]);
  });

  it('ignores pipeline literals that browser code also contains', () => {
    const fingerprints = pipelineFingerprints(
      ["throw new Error('gazetteer alias matched twice'); const s = 'must be a kebab-case slug here';"],
      ["const s = 'must be a kebab-case slug here';"],
    );
    expect([...fingerprints]).toEqual(['gazetteer alias matched twice']);
  });

  it('reports the shipped file that carries a fingerprint, even written with \\u escapes', () => {
    const fingerprints = new Set(['gazetteer alias matched twice', 'جمادى']);
    const shipped = [
      { file: 'assets/index.js', code: 'console.log("fine")' },
      { file: 'assets/lazy.js', code: 'throw Error(`gazetteer alias matched twice`)' },
      { file: 'assets/dates.js', code: 'const m="\\u062c\\u0645\\u0627\\u062f\\u0649"' },
    ];
    expect(findPipelineLeaks(shipped, fingerprints)).toEqual([
      { file: 'assets/lazy.js', fingerprint: 'gazetteer alias matched twice' },
      { file: 'assets/dates.js', fingerprint: 'جمادى' },
    ]);
  });
});

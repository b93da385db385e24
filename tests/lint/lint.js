#!/usr/bin/env node
// Lint Cypher with Neo4j's own language support library (the linter Neo4j's tools use).
//
// stdin:  {"schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...],
//                     "graphSchema": [{"from", "to", "relType"}]},
//          "queries": [{"name": "...", "cypher": "...", "parameters": {"company": "OpenAI"}}]}
// stdout: [{"name": "...", "diagnostics": [{"severity": "error"|"warning"|..., "message",
//                                           "line", "character"}]}]
//
// Functions and procedures come from the package's mock schema (Neo4j 5's built-ins);
// labels, types and properties come from the caller, so a misspelt label is reported.
'use strict';

const { lintCypherQuery, testData } = require('@neo4j-cypher/language-support');

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function lint(input) {
  const base = testData.mockSchema;
  const given = input.schema || {};
  return (input.queries || []).map((q) => {
    const dbSchema = {
      ...base,
      labels: given.labels ?? base.labels,
      relationshipTypes: given.relationshipTypes ?? base.relationshipTypes,
      propertyKeys: given.propertyKeys ?? base.propertyKeys,
      graphSchema: given.graphSchema,
      parameters: q.parameters || {},
      defaultLanguage: 'CYPHER 5',
    };
    const { diagnostics } = lintCypherQuery(q.cypher, dbSchema);
    return {
      name: q.name,
      diagnostics: diagnostics.map((d) => ({
        severity: SEVERITY[d.severity] || String(d.severity),
        message: d.message,
        line: d.range.start.line + 1,
        character: d.range.start.character + 1,
      })),
    };
  });
}

let data = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { data += chunk; });
process.stdin.on('end', () => {
  let input;
  try {
    input = JSON.parse(data);
  } catch (err) {
    process.stderr.write(`lint.js: stdin is not JSON: ${err.message}\n`);
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(lint(input)) + '\n');
});

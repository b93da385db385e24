// name: recruited_from
// description: People recruited from a company, where they are now, with the evidence
// param company: the company they left, by name or any alias, any case (example: OpenAI)
//
// Neo4j Browser: `:param company => 'OpenAI'`, then run this query.
WITH toLower(trim($company)) AS key
MATCH (p:Person)-[r:RECRUITED_FROM]->(c:Company)
WHERE toLower(c.name) = key OR any(alias IN c.aliases WHERE toLower(alias) = key)
OPTIONAL MATCH (p)-[:WORKS_AT|LEADS]->(now:Company)
WHERE now.id <> c.id
RETURN p.name AS person, c.name AS recruited_from, collect(DISTINCT now.name) AS now_at,
       r.confidence AS confidence, r.articles AS articles, r.sentences AS evidence
ORDER BY confidence DESC, person

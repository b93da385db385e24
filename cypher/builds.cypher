// name: builds
// description: What each company builds (compute clusters and models), with evidence
MATCH (c:Company)-[r:BUILDS]->(x:Cluster|Model)
RETURN c.name AS company, labels(x)[0] AS kind, x.name AS builds, r.confidence AS confidence,
       r.articles AS articles, r.sentences AS evidence
ORDER BY company, kind, builds
/* variant: ladybug
// LadybugDB's label() returns the one label as a string; labels(x)[0] is empty there.
MATCH (c:Company)-[r:BUILDS]->(x:Cluster|Model)
RETURN c.name AS company, label(x) AS kind, x.name AS builds, r.confidence AS confidence,
       r.articles AS articles, r.sentences AS evidence
ORDER BY company, kind, builds
*/

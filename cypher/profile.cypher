// name: profile
// description: Everything known about one person, company, cluster or model: every relation, with evidence
// param name: the entity, by name or any alias, any case (example: Meta)
//
// One row per relation (head -RELATION-> tail); an entity with none still gets a row.
WITH toLower(trim($name)) AS key
MATCH (n:Person|Company|Cluster|Model)
WHERE toLower(n.name) = key OR any(alias IN n.aliases WHERE toLower(alias) = key)
OPTIONAL MATCH (n)-[r:RECRUITED_FROM|LEADS|FOUNDED|WORKS_AT|BUILDS]-()
RETURN n.name AS entity, labels(n)[0] AS kind, n.aliases AS aliases,
       startNode(r).name AS head, type(r) AS relation, endNode(r).name AS tail,
       r.confidence AS confidence, r.articles AS articles, r.sentences AS evidence
ORDER BY relation, head, tail
/* variant: ladybug
// LadybugDB has no type(); its start_node() returns the bound node of an undirected
// match, not the edge's source, so match edges directed and keep those touching n.
WITH toLower(trim($name)) AS key
MATCH (n:Person|Company|Cluster|Model)
WHERE toLower(n.name) = key OR any(alias IN n.aliases WHERE toLower(alias) = key)
OPTIONAL MATCH (h)-[r:RECRUITED_FROM|LEADS|FOUNDED|WORKS_AT|BUILDS]->(t)
WHERE h.id = n.id OR t.id = n.id
RETURN n.name AS entity, label(n) AS kind, n.aliases AS aliases,
       h.name AS head, label(r) AS relation, t.name AS tail,
       r.confidence AS confidence, r.articles AS articles, r.sentences AS evidence
ORDER BY relation, head, tail
*/

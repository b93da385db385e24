// name: most_connected
// description: Entities with the most relations (mentions by articles not counted)
// param limit: how many to list (default: 10)
MATCH (n:Person|Company|Cluster|Model)
OPTIONAL MATCH (n)-[r:RECRUITED_FROM|LEADS|FOUNDED|WORKS_AT|BUILDS]-()
WITH n, count(r) AS degree
WHERE degree > 0
RETURN n.name AS entity, labels(n)[0] AS kind, degree, size(n.articles) AS articles
ORDER BY degree DESC, articles DESC, entity
LIMIT $limit
/* variant: ladybug
MATCH (n:Person|Company|Cluster|Model)
OPTIONAL MATCH (n)-[r:RECRUITED_FROM|LEADS|FOUNDED|WORKS_AT|BUILDS]-()
WITH n, count(r) AS degree
WHERE degree > 0
RETURN n.name AS entity, label(n) AS kind, degree, size(n.articles) AS articles
ORDER BY degree DESC, articles DESC, entity
LIMIT $limit
*/

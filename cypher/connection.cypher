// name: connection
// description: The shortest chain of relations linking two entities (up to 6 hops)
// param from: the first entity, by name or any alias (example: Jason Wei)
// param to: the second entity, by name or any alias (example: Mark Zuckerberg)
WITH toLower(trim($from)) AS ka, toLower(trim($to)) AS kb
MATCH (x:Person|Company|Cluster|Model)
WHERE toLower(x.name) = ka OR any(alias IN x.aliases WHERE toLower(alias) = ka)
MATCH (y:Person|Company|Cluster|Model)
WHERE toLower(y.name) = kb OR any(alias IN y.aliases WHERE toLower(alias) = kb)
WITH x, y WHERE x <> y
MATCH p = shortestPath((x)-[:RECRUITED_FROM|LEADS|FOUNDED|WORKS_AT|BUILDS*..6]-(y))
RETURN x.name AS from_entity, y.name AS to_entity, length(p) AS hops,
       [node IN nodes(p) | node.name] AS path, [rel IN relationships(p) | type(rel)] AS relations
/* variant: ladybug
// LadybugDB writes shortest paths as [* SHORTEST 1..6] and has no list comprehensions.
WITH toLower(trim($from)) AS ka, toLower(trim($to)) AS kb
MATCH (x:Person|Company|Cluster|Model)
WHERE toLower(x.name) = ka OR any(alias IN x.aliases WHERE toLower(alias) = ka)
MATCH (y:Person|Company|Cluster|Model)
WHERE toLower(y.name) = kb OR any(alias IN y.aliases WHERE toLower(alias) = kb)
WITH x, y WHERE x.id <> y.id
MATCH p = (x)-[:RECRUITED_FROM|LEADS|FOUNDED|WORKS_AT|BUILDS* SHORTEST 1..6]-(y)
RETURN x.name AS from_entity, y.name AS to_entity, length(p) AS hops,
       properties(nodes(p), 'name') AS path, properties(rels(p), '_label') AS relations
*/

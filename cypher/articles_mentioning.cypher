// name: articles_mentioning
// description: Articles that mention an entity, newest first
// param name: the entity, by name or any alias, any case (example: Meta)
WITH toLower(trim($name)) AS key
MATCH (a:Article)-[:MENTIONS]->(n:Person|Company|Cluster|Model)
WHERE toLower(n.name) = key OR any(alias IN n.aliases WHERE toLower(alias) = key)
RETURN a.date AS date, a.title AS title, a.path AS path, n.name AS entity
ORDER BY date DESC, title

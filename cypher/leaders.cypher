// name: leaders
// description: Who leads which company, with confidence and evidence
MATCH (p:Person)-[r:LEADS]->(c:Company)
RETURN c.name AS company, p.name AS leader, r.confidence AS confidence,
       r.articles AS articles, r.sentences AS evidence
ORDER BY company, confidence DESC, leader

// name: talent_flows
// description: How many people moved between companies (recruited from -> now works at or leads)
//
// The destination is the company a recruited person now WORKS_AT or LEADS (FOUNDED is
// left out: a founding is often long past), and never one they were recruited from
// (a former post). A person with neither counts towards "(unknown)" rather than being
// dropped.
MATCH (p:Person)-[:RECRUITED_FROM]->(src:Company)
OPTIONAL MATCH (p)-[:WORKS_AT|LEADS]->(dst:Company)
WHERE dst.id <> src.id AND NOT (p)-[:RECRUITED_FROM]->(dst)
WITH src, p, collect(DISTINCT dst.name) AS destinations
UNWIND (CASE WHEN size(destinations) = 0 THEN ['(unknown)'] ELSE destinations END) AS to_company
RETURN src.name AS from_company, to_company, count(DISTINCT p) AS people,
       collect(DISTINCT p.name) AS names
ORDER BY people DESC, from_company, to_company

"""Graph stores: one interface, an embedded LadybugDB store and a Neo4j store."""

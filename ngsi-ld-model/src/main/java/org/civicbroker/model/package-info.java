/** The NGSI-LD domain model: entities, JSON-LD term handling, representations, queries. */
package org.civicbroker.model;

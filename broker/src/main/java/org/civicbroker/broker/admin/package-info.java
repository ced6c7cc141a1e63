/**
 * Operator endpoints under {@code /admin}, outside the NGSI-LD API ({@code /ngsi-ld/v1}): online
 * backup of the embedded store, export and import of NGSI-LD JSON lines (moving a city between
 * storage engines). They read and write every tenant's data, so they are for operators only and
 * must be protected: until the broker enforces the "administer" role, keep {@code /admin} off the
 * public network (reverse proxy rule or firewall). See {@code docs/backup-and-migration.md}.
 */
package org.civicbroker.broker.admin;

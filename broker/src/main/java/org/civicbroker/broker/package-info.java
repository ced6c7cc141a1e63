/** The Quarkus application: HTTP API, storage, events. Packaged by feature. */
package org.civicbroker.broker;

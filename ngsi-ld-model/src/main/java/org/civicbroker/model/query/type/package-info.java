/** The Entity Type Selection Language of the {@code type} parameter (GS CIM 009 clause 4.17). */
package org.civicbroker.model.query.type;

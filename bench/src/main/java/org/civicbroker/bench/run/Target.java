package org.civicbroker.bench.run;

/**
 * A broker under test.
 *
 * @param label "A" for --url, "B" for --compare
 * @param url its base URL
 */
public record Target(String label, String url) {}

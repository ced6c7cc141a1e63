package org.civicbroker.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A table rendered either as aligned plain text or as a Markdown pipe table. */
final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  TextTable row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  String plain() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, headers, widths);
    for (List<String> row : rows) {
      line(sb, row, widths);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] widths) {
    for (int c = 0; c < widths.length; c++) {
      String cell = cells.get(c);
      boolean left = c < 2 || c == widths.length - 1 && cell.matches(".*[a-z].*");
      String pad = " ".repeat(widths[c] - cell.length());
      sb.append(c == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
    }
    sb.append(System.lineSeparator());
  }

  String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("| ").append(String.join(" | ", escape(headers))).append(" |\n");
    sb.append("|").append(" --- |".repeat(headers.size())).append('\n');
    for (List<String> row : rows) {
      sb.append("| ").append(String.join(" | ", escape(row))).append(" |\n");
    }
    return sb.toString();
  }

  private static List<String> escape(List<String> cells) {
    return cells.stream().map(c -> c.replace("|", "\\|")).toList();
  }
}

package org.llmatlas.screen.card;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark tables in the Markdown body, as pipe tables or HTML {@code <table>}s (with {@code rowspan}). Two
 * layouts occur: rows are benchmarks and columns are models (the header names a "Benchmark", "Dataset" or "Task"
 * column), or rows are models and columns are benchmarks. Every numeric cell becomes a claim.
 */
final class Tables {

    private static final Pattern NUMBER = Pattern.compile("^[~≈]?\\s*(-?\\d+(?:\\.\\d+)?)\\s*(%?)");
    private static final Pattern HTML_TABLE = Pattern.compile("(?is)<table.*?</table>");
    private static final Pattern HTML_ROW = Pattern.compile("(?is)<tr.*?>(.*?)</tr>");
    private static final Pattern HTML_CELL = Pattern.compile("(?is)<t([dh])([^>]*)>(.*?)(?=<t[dh][\\s>]|</tr>|$)");
    private static final Pattern ROWSPAN = Pattern.compile("(?i)rowspan\\s*=\\s*\"?(\\d+)");

    private record Table(int line, List<List<String>> rows) {}

    private Tables() {}

    static List<Claim> claims(String body, int lineOffset) {
        List<Claim> out = new ArrayList<>();
        for (Table t : tables(body, lineOffset)) {
            out.addAll(claims(t));
        }
        return out;
    }

    static Double number(String cell) {
        Matcher m = NUMBER.matcher(clean(cell));
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    private static String clean(String cell) {
        return cell.replaceAll("(?s)<[^>]+>", "")
                .replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1")
                .replace("**", "")
                .replace("&nbsp;", " ")
                .strip();
    }

    private static List<Table> tables(String body, int lineOffset) {
        List<Table> out = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("|")
                    && i + 1 < lines.length
                    && lines[i + 1].matches("\\s*\\|?[\\s:|-]+\\|?\\s*")
                    && lines[i + 1].contains("-")) {
                List<List<String>> rows = new ArrayList<>();
                rows.add(pipeCells(lines[i]));
                int j = i + 2;
                while (j < lines.length && lines[j].strip().startsWith("|")) {
                    rows.add(pipeCells(lines[j]));
                    j++;
                }
                out.add(new Table(lineOffset + i + 1, rows));
                i = j - 1;
            }
        }
        Matcher t = HTML_TABLE.matcher(body);
        while (t.find()) {
            int line = lineOffset
                    + 1
                    + (int) body.substring(0, t.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            out.add(new Table(line, htmlRows(t.group())));
        }
        return out;
    }

    private static List<String> pipeCells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String c : s.split("\\|", -1)) {
            cells.add(clean(c));
        }
        return cells;
    }

    private static List<List<String>> htmlRows(String table) {
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, Object[]> spans = new HashMap<>(); // column -> {text, remaining rows}
        Matcher r = HTML_ROW.matcher(table);
        while (r.find()) {
            List<String> cells = new ArrayList<>();
            Matcher c = HTML_CELL.matcher(r.group(1));
            int col = 0;
            while (true) {
                while (spans.containsKey(col)) {
                    Object[] span = spans.get(col);
                    cells.add((String) span[0]);
                    int left = (Integer) span[1] - 1;
                    if (left <= 0) {
                        spans.remove(col);
                    } else {
                        span[1] = left;
                    }
                    col++;
                }
                if (!c.find()) {
                    break;
                }
                String text = clean(c.group(3)).replaceAll("\\s+", " ");
                Matcher span = ROWSPAN.matcher(c.group(2));
                if (span.find() && Integer.parseInt(span.group(1)) > 1) {
                    spans.put(col, new Object[] {text, Integer.parseInt(span.group(1)) - 1});
                }
                cells.add(text);
                col++;
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<Claim> claims(Table t) {
        List<Claim> out = new ArrayList<>();
        if (t.rows().size() < 2) {
            return out;
        }
        List<String> header = t.rows().getFirst();
        int benchmarkColumn = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).toLowerCase(Locale.ROOT);
            if (h.contains("benchmark") || h.equals("dataset") || h.equals("task")) {
                benchmarkColumn = i;
                break;
            }
        }
        String source = "table at line " + t.line();
        for (List<String> row : t.rows().subList(1, t.rows().size())) {
            for (int i = 0; i < Math.min(row.size(), header.size()); i++) {
                Double v = number(row.get(i));
                if (v == null || i == Math.max(benchmarkColumn, 0)) {
                    continue;
                }
                boolean percent = row.get(i).contains("%");
                if (benchmarkColumn >= 0) {
                    if (i < benchmarkColumn) {
                        continue;
                    }
                    out.add(new Claim(header.get(i), row.get(benchmarkColumn), "", v, percent, source));
                } else {
                    out.add(new Claim(row.get(0), header.get(i), "", v, percent, source));
                }
            }
        }
        return out;
    }
}

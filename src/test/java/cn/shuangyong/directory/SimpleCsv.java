package cn.shuangyong.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain CSV files under {@code directory/}: comment lines start with {@code #}, the
 * first other line is the header, a field is quoted only when it holds a comma or a quote.
 */
final class SimpleCsv {

    record Table(List<String> comments, List<String> header, List<List<String>> rows) {
    }

    private SimpleCsv() {
    }

    static Table read(String resource) {
        try (InputStream in = SimpleCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> comments = new ArrayList<>();
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    comments.add(line);
                } else if (header == null) {
                    header = parseLine(line);
                } else {
                    List<String> row = parseLine(line);
                    if (row.size() != header.size()) {
                        throw new IllegalStateException(resource + ": " + row.size() + " fields in " + line);
                    }
                    rows.add(row);
                }
            }
            return new Table(comments, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parseLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

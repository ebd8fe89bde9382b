package cn.shuangyong.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * A reference data file of the directory: UTF-8 CSV, {@code #} comment lines (the source and its date), a header,
 * then rows. Fields are quoted only when they hold a comma.
 */
record CatalogueFile(List<Map<String, String>> rows) {

	static CatalogueFile read(String path) {
		var resource = new ClassPathResource(path);
		if (!resource.exists()) {
			return new CatalogueFile(List.of());
		}
		try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			List<String> header = null;
			List<Map<String, String>> rows = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				List<String> fields = split(line);
				if (header == null) {
					header = fields;
					continue;
				}
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), i < fields.size() ? fields.get(i).strip() : "");
				}
				rows.add(row);
			}
			return new CatalogueFile(rows);
		}
		catch (IOException e) {
			throw new UncheckedIOException("无法读取目录数据文件 " + path, e);
		}
	}

	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}
}

package cn.shuangyong.modelcity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ships the example standard as version 1 when there is none, for the provincial office to correct: the eight areas
 * a secondary source gives for the 2019 办法, with example indicators and points, each marked as example data (the
 * official 考评标准 was not retrieved; see {@code modelcity/example-standard.txt} for the sources).
 */
@Component
@Order(36)
class ExampleStandard implements ApplicationRunner {

	static final String RESOURCE = "modelcity/example-standard.txt";

	private final JdbcClient jdbc;

	private final StandardEditing editing;

	ExampleStandard(JdbcClient jdbc, StandardEditing editing) {
		this.jdbc = jdbc;
		this.editing = editing;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from modelcity.standard").query(Integer.class).single() > 0) {
			return;
		}
		String[] lines = read().split("\n");
		String title = field(lines, "TITLE");
		long standard = editing.insertStandard(1, title, field(lines, "SOURCE"), "PUBLISHED", null, "system");
		Long area = null;
		Long indicator = null;
		int areas = 0;
		int indicators = 0;
		int subpoints = 0;
		int vetoes = 0;
		for (String line : lines) {
			String[] f = (line.strip() + "| | | ").split("\\|");
			switch (f[0]) {
				case "AREA" -> {
					area = editing.insertNode(standard, null, NodeKind.AREA, ++areas, node(f[1], "0", null, null));
					indicators = 0;
				}
				case "IND" -> {
					indicator = editing.insertNode(standard, area, NodeKind.INDICATOR, ++indicators, node(f[1], f[2], f[3], f[4]));
					subpoints = 0;
				}
				case "SUB" -> editing.insertNode(standard, indicator, NodeKind.SUBPOINT, ++subpoints, node(f[1], f[2], null, null));
				case "VETO" -> editing.insertVeto(standard, ++vetoes, f[1].strip(), blank(f[2]));
				default -> {
				}
			}
		}
	}

	private static NodeInput.Valid node(String title, String points, String evidence, String scoring) {
		return new NodeInput.Valid(title.strip(), new BigDecimal(points.strip()), blank(evidence), blank(scoring));
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String field(String[] lines, String key) {
		for (String line : lines) {
			if (line.startsWith(key + "|")) {
				return line.substring(key.length() + 1).strip();
			}
		}
		throw new IllegalStateException(RESOURCE + " 缺少 " + key);
	}

	private static String read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

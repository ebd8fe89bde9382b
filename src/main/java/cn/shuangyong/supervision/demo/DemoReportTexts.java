package cn.shuangyong.supervision.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.core.io.ClassPathResource;

/**
 * The progress reports of the demo history, matched to each item's subject (resource {@code demo/task-reports.txt}):
 * {@code P12} are texts for item 12 of the provincial plan, {@code C3} for point 3 of 楚雄's forward, {@code COOP} for
 * a cooperating unit.
 */
final class DemoReportTexts {

	private static final String RESOURCE = "demo/task-reports.txt";

	private final Map<String, List<String>> texts;

	private DemoReportTexts(Map<String, List<String>> texts) {
		this.texts = texts;
	}

	static DemoReportTexts load() {
		try {
			String content = new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
			Map<String, List<String>> texts = new LinkedHashMap<>();
			content.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
				int tab = line.indexOf('\t');
				texts.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
			});
			return new DemoReportTexts(texts);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	boolean has(String key) {
		return texts.containsKey(key);
	}

	/** The n-th text of the key (wrapping round), its numbers drawn from the seeded random. */
	String text(String key, int n, String place, String unit, Random random) {
		List<String> options = texts.get(key);
		if (options == null) {
			throw new IllegalArgumentException("演示进展报告缺少条目 " + key);
		}
		String text = options.get(Math.floorMod(n, options.size())).replace("{地区}", place).replace("{单位}", unit);
		StringBuilder filled = new StringBuilder();
		int ceiling = 0;
		for (String part : text.split("(?=\\{[nm]\\})|(?<=\\{[nm]\\})")) {
			if (part.equals("{n}")) {
				filled.append(10 + random.nextInt(50));
			}
			else if (part.equals("{m}")) {
				// each later small number is at most the one before: 发现 7 项，已整改 5 项
				ceiling = ceiling == 0 ? 4 + random.nextInt(6) : 2 + random.nextInt(Math.max(1, ceiling - 1));
				filled.append(ceiling);
			}
			else {
				filled.append(part);
			}
		}
		return filled.toString();
	}
}

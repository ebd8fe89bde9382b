package cn.shuangyong.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audit event and kind of record that the main code writes with a literal code has its name in Chinese and in
 * English, so the auditor reads 下载抚恤金银行代发文件 · 抚恤发放花名册 and never a code. A new module that forgets a label
 * fails here, not on a page that only a browser test with the right demo data would open.
 */
class AuditLabelsTest {

	private static final Pattern EVENT = Pattern
		.compile("\\b(?:audit|trail)\\.(?:record|exported|denied)\\(\\s*\\w+,\\s*\"([A-Z][A-Z0-9_]*[A-Z0-9])\"");

	private static final Pattern OBJECT = Pattern.compile("AuditTarget\\.of\\(\\s*\"([A-Z][A-Z0-9_]*[A-Z0-9])\"");

	@Test
	void everyLiteralEventAndObjectCodeIsNamedInBothLanguages() throws IOException {
		Set<String> events = new TreeSet<>();
		Set<String> objects = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				collect(EVENT.matcher(source), events);
				collect(OBJECT.matcher(source), objects);
			}
		}
		assertThat(events).as("events found in the main code").hasSizeGreaterThan(100);
		assertThat(objects).as("kinds of record found in the main code").hasSizeGreaterThan(30);
		for (String bundle : new String[] { "i18n/auditevents.properties", "i18n/auditevents_en.properties" }) {
			Properties labels = load(bundle);
			assertThat(events).as("events without a name in " + bundle)
				.allSatisfy(code -> assertThat(labels.getProperty("audit.event." + code)).as(code).isNotBlank());
			assertThat(objects).as("kinds of record without a name in " + bundle)
				.allSatisfy(code -> assertThat(labels.getProperty("audit.object." + code)).as(code).isNotBlank());
		}
	}

	private static void collect(Matcher matcher, Set<String> codes) {
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
	}

	private static Properties load(String bundle) throws IOException {
		Properties labels = new Properties();
		try (InputStream in = AuditLabelsTest.class.getClassLoader().getResourceAsStream(bundle)) {
			labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return labels;
	}
}

package cn.shuangyong.portal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a Chinese bundle has, its English bundle has too; no text is empty; and no key is defined in two bundles
 * (the shell's {@code messages} and the capabilities' {@code i18n/*}), which would make one silently win.
 */
class MessageBundlesTests {

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		for (String bundle : bundles()) {
			Properties chinese = load(bundle + ".properties");
			Properties english = load(bundle + "_en.properties");
			assertThat(new TreeSet<>(english.stringPropertyNames())).as(bundle)
					.isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
		}
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (String bundle : bundles()) {
			for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
				Properties texts = load(file);
				assertThat(texts.stringPropertyNames())
						.allSatisfy(key -> assertThat(texts.getProperty(key)).as(file + " " + key).isNotBlank());
			}
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Map<String, String> owner = new HashMap<>();
		List<String> twice = new ArrayList<>();
		for (String bundle : bundles()) {
			for (String key : load(bundle + ".properties").stringPropertyNames()) {
				String before = owner.putIfAbsent(key, bundle);
				if (before != null) {
					twice.add(key + " in " + before + " and " + bundle);
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	private static List<String> bundles() {
		List<String> bundles = new ArrayList<>(List.of("messages"));
		MessageBundles.capabilityBundleNames().forEach(name -> bundles.add("i18n/" + name));
		return bundles;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}

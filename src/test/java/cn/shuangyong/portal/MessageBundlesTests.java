package cn.shuangyong.portal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the Chinese bundle has, the English bundle has too, and neither leaves a text empty. */
class MessageBundlesTests {

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties chinese = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (String bundle : Set.of("messages.properties", "messages_en.properties")) {
			Properties texts = load(bundle);
			assertThat(texts.stringPropertyNames()).allSatisfy(key -> assertThat(texts.getProperty(key)).as(bundle + " " + key).isNotBlank());
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}

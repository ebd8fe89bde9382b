package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The reader works from the structure and grammar of notices only: no phrase the seed's gold annotates (issuer,
 * number, title, recipient, section, point, unit, counted thing) may appear in its code, comments included.
 */
class SeedIndependenceTest {

	private static final Path READER_SOURCES = Path.of("src/main/java/cn/shuangyong/documents/reading");
	private static final Path READER_RESOURCES = Path.of("src/main/resources/cn/shuangyong/documents/reading");

	@Test
	void readerSourcesNameNothingTheSeedAnnotates() throws IOException {
		String sources = sources();
		Set<String> found = new TreeSet<>();
		for (String phrase : seedPhrases()) {
			if (sources.contains(phrase)) {
				found.add(phrase);
			}
		}

		assertThat(sources).contains("class NoticeReader");
		assertThat(found).isEmpty();
	}

	private static Set<String> seedPhrases() {
		JsonNode gold = SeedGold.gold();
		Set<String> phrases = new TreeSet<>();
		for (JsonNode document : gold.get("documents")) {
			Stream.of("issuer", "docNumber", "title").forEach(f -> phrases.add(document.get(f).asString()));
			document.get("recipients").forEach(r -> phrases.add(r.asString()));
		}
		phrases.add(gold.get("plan").get("title").asString());
		gold.get("plan").get("sections").forEach(s -> phrases.add(s.asString()));
		gold.get("forwardPoints").forEach(p -> phrases.add(p.asString()));
		for (JsonNode item : gold.get("items")) {
			for (String field : List.of("leads", "cooperators")) {
				item.get(field).forEach(u -> phrases.add(u.asString()));
			}
			if (item.has("targets")) {
				item.get("targets").forEach(t -> {
					phrases.add(t.get("text").asString());
					t.get("counts").forEach(c -> phrases.add(c.get("what").asString()));
				});
			}
		}
		return phrases;
	}

	private static String sources() throws IOException {
		StringBuilder all = new StringBuilder();
		for (Path folder : List.of(READER_SOURCES, READER_RESOURCES)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.sorted().toList()) {
					all.append(Files.readString(file)).append('\n');
				}
			}
		}
		return all.toString();
	}
}

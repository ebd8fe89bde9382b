package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The platform works from the structure and grammar of notices and from the directory of the province's units,
 * never from the seed notice: no phrase the seed's gold annotates (issuer, number, title, recipient, section, point,
 * unit, target, counted thing) may appear in any module's main code or resources, comments included. Two kinds of
 * file are the seed's or the province's data by design and are left out: the demo (its notice, its reports and the
 * {@code Demo…} classes that load them) and the directory's catalogue of real units, aliases and groups, which
 * must name the phrases notices use. Names of administrative levels alone (州(市)) are every notice's vocabulary.
 */
class SeedIndependenceTest {

	private static final List<Path> MAIN = List.of(Path.of("src/main/java"), Path.of("src/main/resources"));
	private static final Pattern DATA_BY_DESIGN = Pattern.compile(
			"src/main/resources/demo/.*|src/main/java/.*/Demo[A-Z]\\w*\\.java"
					+ "|src/main/resources/directory/.*\\.csv|src/main/resources/db/migration/directory/.*");
	private static final Pattern LEVEL_NAME = Pattern.compile("[省州市县区乡镇村街道社（）()、]+");

	@Test
	void noModuleNamesAnythingTheSeedAnnotates() throws IOException {
		Set<String> phrases = seedPhrases();
		Set<String> found = new TreeSet<>();
		List<Path> files = mainFiles();
		for (Path file : files) {
			String text = textOf(file);
			for (String phrase : phrases) {
				if (text.contains(phrase)) {
					found.add(file + ": " + phrase);
				}
			}
		}

		assertThat(files).extracting(Path::toString)
			.anyMatch(f -> f.endsWith("documents/reading/NoticeReader.java"))
			.anyMatch(f -> f.endsWith("supervision/targets/Targets.java"))
			.anyMatch(f -> f.contains("src/main/resources/templates/supervision/"));
		assertThat(found).isEmpty();
	}

	private static List<Path> mainFiles() throws IOException {
		List<Path> files = new java.util.ArrayList<>();
		for (Path root : MAIN) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile)
					.filter(f -> !DATA_BY_DESIGN.matcher(f.toString().replace('\\', '/')).matches())
					.sorted().forEach(files::add);
			}
		}
		return files;
	}

	/** The file as text; binary files (images, fonts) hold no phrase and read as empty. */
	private static String textOf(Path file) throws IOException {
		try {
			return Files.readString(file);
		}
		catch (MalformedInputException e) {
			return "";
		}
		catch (CharacterCodingException e) {
			return "";
		}
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
		phrases.removeIf(p -> p.isBlank() || LEVEL_NAME.matcher(p).matches());
		return phrases;
	}
}

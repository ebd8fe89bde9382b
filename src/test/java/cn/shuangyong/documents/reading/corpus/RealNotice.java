package cn.shuangyong.documents.reading.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One notice of the real corpus (src/test/resources/notices/real): its text as the public page gave it, and the
 * hand-made annotation beside it (*.gold.json) with the page's address and date, the notice's form, whether it is
 * held out of tuning, and the items a careful reader finds with their lead and cooperating units as written.
 */
record RealNotice(String name, String text, String source, String form, boolean heldOut, List<ExpectedItem> items) {

	static final String FOLDER = "/notices/real";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	static List<RealNotice> all() {
		Path folder = folder();
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".gold.json"))
				.sorted()
				.map(RealNotice::load)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path folder() {
		try {
			return Path.of(RealNotice.class.getResource(FOLDER).toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private static RealNotice load(Path gold) {
		try {
			String name = gold.getFileName().toString().replace(".gold.json", "");
			String text = Files.readString(gold.resolveSibling(name + ".txt"), StandardCharsets.UTF_8);
			JsonNode json = JSON.readTree(Files.readString(gold, StandardCharsets.UTF_8));
			List<ExpectedItem> items = new ArrayList<>();
			for (JsonNode item : json.get("items")) {
				items.add(new ExpectedItem(item.get("no").asString(), strings(item.get("leads")),
						strings(item.get("cooperators")), item.has("truncated") && item.get("truncated").asBoolean()));
			}
			return new RealNotice(name, text, json.get("source").asString(), json.get("form").asString(),
					json.get("heldOut").asBoolean(), items);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	/** An item as annotated: its number as the notice writes it, and its units by role. */
	record ExpectedItem(String no, List<String> leads, List<String> cooperators, boolean truncated) {
	}
}

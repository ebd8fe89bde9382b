package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.assertj.core.api.SoftAssertions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The seed notice and its hand-made reference annotation, and the comparison of a draft with it. The draft is
 * compared as the JSON the command line prints, so the test also holds the output's shape.
 */
final class SeedGold {

	static final String SEED = "yunnan-2020-shuangyong-notice.md";
	private static final String GOLD = "yunnan-2020-shuangyong-notice.gold.json";
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final List<String> ITEM_FIELDS = List.of("no", "section", "leads", "leadMode", "cooperators",
			"cooperatorRole");
	private static final List<String> DOCUMENT_FIELDS = List.of("issuer", "docNumber", "title", "recipients", "kind");

	private SeedGold() {
	}

	static byte[] seed() {
		return resource(SEED);
	}

	static JsonNode gold() {
		return JSON.readTree(resource(GOLD));
	}

	static JsonNode asJson(NoticeDraft draft) {
		return JSON.readTree(JSON.writeValueAsString(draft));
	}

	static void assertMatches(NoticeDraft draft) {
		JsonNode gold = gold();
		JsonNode actual = asJson(draft);
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(actual.get("documents").size()).as("documents").isEqualTo(gold.get("documents").size());
		for (int d = 0; d < Math.min(actual.get("documents").size(), gold.get("documents").size()); d++) {
			JsonNode expected = gold.get("documents").get(d);
			for (String field : DOCUMENT_FIELDS) {
				softly.assertThat(actual.get("documents").get(d).get(field)).as("document %d %s", d, field)
					.isEqualTo(expected.get(field));
			}
			softly.assertThat(actual.get("documents").get(d).get("forwards")).as("document %d forwards", d)
				.isEqualTo(expected.has("forwards") ? expected.get("forwards") : JsonNodeFactory.instance.nullNode());
		}
		softly.assertThat(actual.get("plan")).as("plan").isEqualTo(gold.get("plan"));
		softly.assertThat(actual.get("forwardPoints")).as("forwardPoints").isEqualTo(gold.get("forwardPoints"));
		assertThat(actual.get("items").size()).as("number of items").isEqualTo(gold.get("items").size());
		for (int i = 0; i < gold.get("items").size(); i++) {
			assertItem(softly, gold.get("items").get(i), actual.get("items").get(i));
		}
		softly.assertAll();
	}

	/** Fields the gold leaves out (timeNodes, targets) are empty in the item. */
	private static void assertItem(SoftAssertions softly, JsonNode expected, JsonNode actual) {
		String no = expected.get("no").asString();
		for (String field : ITEM_FIELDS) {
			softly.assertThat(actual.get(field)).as("item %s %s", no, field).isEqualTo(expected.get(field));
		}
		for (String field : List.of("timeNodes", "targets")) {
			JsonNode wanted = expected.has(field) ? expected.get(field) : JsonNodeFactory.instance.arrayNode();
			softly.assertThat(actual.get(field)).as("item %s %s", no, field).isEqualTo(wanted);
		}
	}

	private static byte[] resource(String name) {
		try (InputStream in = SeedGold.class.getResourceAsStream(name)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

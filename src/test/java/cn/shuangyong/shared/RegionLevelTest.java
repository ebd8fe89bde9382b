package cn.shuangyong.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionLevelTest {

	/**
	 * A comparison of the length of something that names a region or its code: {@code shown.length() <= 4},
	 * {@code f.regionCode().length() >= 4}, {@code own.value().length() < 9}.
	 */
	private static final Pattern LEVEL_FROM_LENGTH = Pattern.compile(
			"(?i)\\w*(region|code|shown|own|parent|scope|root|value\\(\\))\\w*(\\(\\))?\\.length\\(\\)\\s*(==|!=|<=|>=|<|>)");

	/** The same in SQL: {@code length(t.region_code) = 4}; the lengths come from {@code RegionLevel.codeLength()}. */
	private static final Pattern LEVEL_FROM_LENGTH_IN_SQL = Pattern
		.compile("(?i)length\\(\\s*(\\w+\\.)?\\w*code\\s*\\)\\s*(=|!=|<>|<=|>=|<|>|between)\\s*\\d");

	/** The one place a code's length means its level, and the code that reads a code in. */
	private static final Set<String> ALLOWED = Set.of("RegionLevel.java", "RegionCode.java", "DocNumber.java");

	@Test
	void levelsStepUpAndDown() {
		assertThat(RegionLevel.PROVINCE.above()).isEmpty();
		assertThat(RegionLevel.TOWNSHIP.above()).contains(RegionLevel.COUNTY);
		assertThat(RegionLevel.VILLAGE.below()).isEmpty();
		assertThat(RegionLevel.PROVINCE.below()).contains(RegionLevel.PREFECTURE);
		assertThat(RegionLevel.COUNTY.isBelow(RegionLevel.PREFECTURE)).isTrue();
		assertThat(RegionLevel.COUNTY.isBelow(RegionLevel.COUNTY)).isFalse();
	}

	@Test
	void aRegionOfALevelHoldsTheRegionsBelowIt() {
		assertThat(RegionLevel.PREFECTURE.regionOf("532301")).isEqualTo("5323");
		assertThat(RegionLevel.COUNTY.regionOf("532301101")).isEqualTo("532301");
		assertThat(RegionLevel.COUNTY.regionOf("532301")).isEqualTo("532301");
		assertThatThrownBy(() -> RegionLevel.COUNTY.regionOf("5323")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void noCodeOutsideTheRegionTypesTellsALevelByALength() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources/templates"))) {
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(Files::isRegularFile)
					.filter(f -> !ALLOWED.contains(f.getFileName().toString()))
					.forEach(f -> lines(f, found));
			}
		}
		assertThat(found).as("a region's level is RegionLevel (CurrentUser.regionLevel(), RegionCode.level(), "
				+ "RegionLevel.ofCode), never the length of its code").isEmpty();
	}

	@Test
	void theRuleSeesTheShapesItIsFor() {
		assertThat(LEVEL_FROM_LENGTH.matcher("var parts = shown.length() <= 4 ? a : b;").find()).isTrue();
		assertThat(LEVEL_FROM_LENGTH.matcher("filter(f -> f.regionCode().length() >= 4)").find()).isTrue();
		assertThat(LEVEL_FROM_LENGTH.matcher("if (own.value().length() < 9) {").find()).isTrue();
		assertThat(LEVEL_FROM_LENGTH.matcher("th:if=\"${p.regionCode().length() == 4}\"").find()).isTrue();
		assertThat(LEVEL_FROM_LENGTH.matcher("if (title.length() > 200) {").find()).isFalse();
		assertThat(LEVEL_FROM_LENGTH_IN_SQL.matcher("PROVINCE(\"length(t.region_code) = 2\")").find()).isTrue();
		assertThat(LEVEL_FROM_LENGTH_IN_SQL.matcher("where length(g.region_code) > 2 and").find()).isTrue();
		assertThat(LEVEL_FROM_LENGTH_IN_SQL.matcher("order by year desc, length(region_code), region_code").find())
			.isFalse();
	}

	private static void lines(Path file, List<String> found) {
		try {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				if (LEVEL_FROM_LENGTH.matcher(lines.get(i)).find()
						|| LEVEL_FROM_LENGTH_IN_SQL.matcher(lines.get(i)).find()) {
					found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

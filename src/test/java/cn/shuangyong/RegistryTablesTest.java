package cn.shuangyong;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No module but the registry reads or writes the registry's tables: a neighbour reads people through
 * {@code beneficiaries.PeopleQuery} and hears the registry's events (docs/modules.md, "Reading people from the
 * registry"). The check reads the sources, since SQL is text that no class analysis sees.
 */
class RegistryTablesTest {

	/** A table of the schema: {@code beneficiaries.person}, not the package {@code cn.shuangyong.beneficiaries.x}. */
	private static final Pattern TABLE = Pattern.compile("(?<![\\w.])beneficiaries\\.([a-z_]+)");

	private static final Path JAVA = Path.of("src", "main", "java");

	private static final Path RESOURCES = Path.of("src", "main", "resources");

	/** The registry itself and its migrations. */
	private static final List<Path> OWNER = List.of(JAVA.resolve("cn/shuangyong/beneficiaries"),
			RESOURCES.resolve("db/migration/beneficiaries"));

	/**
	 * Applied migrations are frozen (Flyway compares their checksums): this one marked the demo seeders of a database
	 * filled before the seeding table existed, once, by looking into every module's tables.
	 */
	private static final Set<Path> FROZEN = Set.of(
			RESOURCES.resolve("db/migration/platform/V2026_12_07_0613__demo_seeding.sql"));

	@Test
	void noJavaOrSqlOutsideTheRegistryNamesItsTables() throws IOException {
		List<String> offences;
		try (Stream<Path> files = Stream.concat(Files.walk(JAVA), Files.walk(RESOURCES))) {
			offences = files.filter(Files::isRegularFile)
				.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
				.filter(f -> OWNER.stream().noneMatch(f::startsWith) && !FROZEN.contains(f))
				.flatMap(RegistryTablesTest::tablesNamed)
				.toList();
		}
		assertThat(offences).as("code outside the registry that names its tables").isEmpty();
	}

	@Test
	void findsATableNamedInSqlButNotThePackage() {
		assertThat(TABLE.matcher("select id from beneficiaries.person p").find()).isTrue();
		assertThat(TABLE.matcher("import cn.shuangyong.beneficiaries.visits.TargetRule;").find()).isFalse();
	}

	private static Stream<String> tablesNamed(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return java.util.stream.IntStream.range(0, lines.size()).boxed().flatMap(i -> {
				Matcher m = TABLE.matcher(lines.get(i));
				return m.results().map(r -> file + ":" + (i + 1) + " names " + r.group());
			});
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}

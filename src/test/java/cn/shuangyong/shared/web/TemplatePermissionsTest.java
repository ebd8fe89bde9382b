package cn.shuangyong.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.shuangyong.shared.Permission;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates ask about a permission one way, {@code th:if="${can.contains('PLANS_PUBLISH')}"} (the signed-in user's
 * permissions as a set, which the menu reads too and which costs no expression evaluation), and name only constants
 * of {@link Permission}: a permission renamed or removed fails here instead of silently hiding a button from everyone.
 */
class TemplatePermissionsTest {

	/** The one way: the name of one permission, in quotes. */
	private static final Pattern ASKED = Pattern.compile("can\\.contains\\(\\s*'([^']*)'\\s*\\)");

	/** Any other way of asking: Spring Security's expressions, in sec:authorize or #authorization, and roles. */
	private static final Pattern OTHER_WAY = Pattern
		.compile("has(Any)?(Authority|Role)\\s*\\(|#authorization|T\\(cn\\.shuangyong\\.shared\\.Permission\\)|can\\.contains\\(\\s*[^'\\s]");

	private static final Set<String> PERMISSIONS = Arrays.stream(Permission.values()).map(Enum::name)
		.collect(Collectors.toSet());

	@Test
	void everyTemplateAsksOnlyAboutPermissionConstantsAndInOneWay() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			files.filter(f -> f.toString().endsWith(".html")).forEach(f -> problems.addAll(problems(f)));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckRefusesUnknownNamesAndOtherWays() {
		assertThat(problems("th:if=\"${can.contains('PLANS_PUBLISH')}\"")).isEmpty();
		assertThat(problems("th:if=\"${can.contains('PLANS_PUBLISHED')}\"")).singleElement().asString()
			.contains("PLANS_PUBLISHED");
		assertThat(problems("sec:authorize=\"hasAuthority('PLANS_PUBLISH')\"")).hasSize(1);
		assertThat(problems("sec:authorize=\"hasRole('ADMIN')\"")).hasSize(1);
		assertThat(problems("th:if=\"${#authorization.expression('isAuthenticated()')}\"")).hasSize(1);
		assertThat(problems("th:if=\"${can.contains(permission)}\"")).hasSize(1);
		assertThat(problems("sec:authorize=\"isAuthenticated()\"")).isEmpty();
	}

	private static List<String> problems(Path template) {
		try {
			return problems(Files.readString(template)).stream().map(p -> template + ": " + p).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<String> problems(String text) {
		List<String> problems = new ArrayList<>();
		Matcher asked = ASKED.matcher(text);
		while (asked.find()) {
			if (!PERMISSIONS.contains(asked.group(1))) {
				problems.add(asked.group() + ": " + asked.group(1) + " is no constant of Permission");
			}
		}
		Matcher other = OTHER_WAY.matcher(text);
		while (other.find()) {
			problems.add(other.group() + "…: ask ${can.contains('NAME')} with NAME a constant of Permission");
		}
		return problems;
	}
}

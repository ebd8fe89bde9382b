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
 * Templates name a permission the way {@code @PreAuthorize} does, through
 * {@code T(cn.shuangyong.shared.Permission).NAME.name()}, and only names that are constants of {@link Permission}: a
 * permission renamed or removed fails here instead of silently hiding a button from everyone.
 */
class TemplatePermissionsTest {

	/** An authority or role check, whatever it is given: {@code hasAuthority(…)}, {@code hasAnyRole(…)}. */
	private static final Pattern CHECK = Pattern
		.compile("has(Any)?(Authority|Role)\\s*\\(((?:[^()]|\\([^()]*\\))*)\\)");

	/** The one way to name a permission in a check. */
	private static final Pattern NAMED = Pattern
		.compile("^\\s*T\\(cn\\.shuangyong\\.shared\\.Permission\\)\\.([A-Za-z_]+)\\.name\\(\\)\\s*$");

	/** A constant named anywhere in a template, in a check or in {@code th:if}. */
	private static final Pattern CONSTANT = Pattern.compile("T\\(cn\\.shuangyong\\.shared\\.Permission\\)\\.([A-Za-z_]+)");

	private static final Set<String> PERMISSIONS = Arrays.stream(Permission.values()).map(Enum::name)
		.collect(Collectors.toSet());

	@Test
	void everyTemplateNamesOnlyPermissionConstants() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			files.filter(f -> f.toString().endsWith(".html")).forEach(f -> problems.addAll(problems(f)));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckRefusesStringsRolesAndUnknownNames() {
		assertThat(problems("sec:authorize=\"hasAuthority('PLANS_PUBLISH')\"")).singleElement().asString()
			.contains("'PLANS_PUBLISH'");
		assertThat(problems("sec:authorize=\"hasRole('ADMIN')\"")).hasSize(1);
		assertThat(problems("sec:authorize=\"hasAuthority(T(cn.shuangyong.shared.Permission).PLANS_PUBLISHED.name())\""))
			.singleElement().asString().contains("PLANS_PUBLISHED");
		assertThat(problems("th:if=\"${#authorization.expression('hasAnyAuthority(T(cn.shuangyong.shared.Permission)"
				+ ".WORK_READ.name(), T(cn.shuangyong.shared.Permission).WORK_READ.name())')}\"")).hasSize(1);
		assertThat(problems("sec:authorize=\"hasAuthority(T(cn.shuangyong.shared.Permission).PLANS_PUBLISH.name())\""))
			.isEmpty();
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
		Matcher check = CHECK.matcher(text);
		while (check.find()) {
			if ("Role".equals(check.group(2))) {
				problems.add(check.group() + ": a template checks a permission, never a role");
			}
			else if (check.group(1) != null || !NAMED.matcher(check.group(3)).matches()) {
				problems.add(check.group() + ": name one permission as T(cn.shuangyong.shared.Permission).NAME.name()");
			}
		}
		Matcher constant = CONSTANT.matcher(text);
		while (constant.find()) {
			if (!PERMISSIONS.contains(constant.group(1))) {
				problems.add(constant.group() + ": " + constant.group(1) + " is no constant of Permission");
			}
		}
		return problems;
	}
}

package cn.shuangyong;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules keep to their boundaries: no cycles, no reach into another module's internals. */
class ModularityTests {

	private static final Pattern COMPONENT = Pattern.compile("^\\s*Component\\(([^,]+), \"([^\"]+)\"");

	private static final Path DOCS = Path.of("target", "spring-modulith-docs");

	private final ApplicationModules modules = ApplicationModules.of(ShuangyongApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	/**
	 * The module diagrams under target/spring-modulith-docs: the overview draws every module's use of another, and
	 * every module has its own diagram that names it and the modules it uses.
	 */
	@Test
	void writesADiagramOfAllModulesAndOneOfEach() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		List<String> overview = Files.readAllLines(DOCS.resolve("components.puml"));
		// each module is a component with an id made of its name: Component(<id>, "<display name>", ...)
		Map<String, String> ids = new HashMap<>();
		overview.stream().map(COMPONENT::matcher).filter(Matcher::find).forEach(m -> ids.put(m.group(2), m.group(1)));
		assertThat(ids).as("the overview's modules").hasSizeGreaterThan(10);
		for (ApplicationModule module : modules) {
			Path own = DOCS.resolve("module-" + module.getIdentifier() + ".puml");
			assertThat(own).as("a diagram of %s", module.getIdentifier()).exists();
			String diagram = Files.readString(own);
			assertThat(diagram).contains(module.getDisplayName());
			module.getDirectDependencies(modules)
				.uniqueModules()
				.forEach(used -> {
					assertThat(diagram).as("%s's diagram names %s", module.getIdentifier(), used.getIdentifier())
						.contains(used.getDisplayName());
					assertThat(ids).as("the overview's modules").containsKeys(module.getDisplayName(), used.getDisplayName());
					assertThat(overview).as("the overview draws %s using %s", module.getIdentifier(), used.getIdentifier())
						.anyMatch(line -> line.startsWith("Rel(" + ids.get(module.getDisplayName()) + ", "
								+ ids.get(used.getDisplayName()) + ","));
				});
		}
	}
}

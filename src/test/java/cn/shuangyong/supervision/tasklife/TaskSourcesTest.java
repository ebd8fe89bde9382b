package cn.shuangyong.supervision.tasklife;

import java.util.List;

import org.junit.jupiter.api.Test;
import cn.shuangyong.supervision.TaskSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register of the task sources the modules declare. */
class TaskSourcesTest {

	record Source(String code, String label, String path) implements TaskSource {

		@Override
		public String href(long sourceId) {
			return path + sourceId;
		}
	}

	private static final Source PENSIONS = new Source("PENSION_REVIEW", "抚恤复核", "/pensions/reviews/");

	@Test
	void aDeclaredSourceLinksEachTaskToItsRecord() {
		TaskSources sources = new TaskSources(List.of(PENSIONS, new Source("DUAL_LIST", "双拥清单", "/dual-lists/entries/")));
		assertThat(sources.link("PENSION_REVIEW", 12))
			.isEqualTo(new SourceLink("PENSION_REVIEW", 12, "抚恤复核", "/pensions/reviews/12"));
		assertThat(sources.byCode("DUAL_LIST")).isPresent();
		sources.requireDeclared(PENSIONS);
	}

	@Test
	void aCodeNoModuleDeclaresKeepsItsCodeAndHasNoPage() {
		TaskSources sources = new TaskSources(List.of(PENSIONS));
		assertThat(sources.link("GONE", 3)).isEqualTo(new SourceLink("GONE", 3, "GONE", null));
		assertThatThrownBy(() -> sources.requireDeclared(new Source("GONE", "旧来源", "/gone/")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesTwoModulesClaimingOneCode() {
		assertThatThrownBy(() -> new TaskSources(List.of(PENSIONS, new Source("PENSION_REVIEW", "另一个", "/x/"))))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("declared twice");
	}

	@Test
	void refusesACodeThatDoesNotFitTheTaskRowOrASourceWithoutALabel() {
		assertThatThrownBy(() -> new TaskSources(List.of(new Source("pension", "抚恤", "/p/"))))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new TaskSources(List.of(new Source("A_CODE_LONGER_THAN_TWENTY", "抚恤", "/p/"))))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new TaskSources(List.of(new Source("PENSION", " ", "/p/"))))
			.isInstanceOf(IllegalStateException.class);
	}
}

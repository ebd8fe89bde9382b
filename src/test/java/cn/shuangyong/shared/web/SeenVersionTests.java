package cn.shuangyong.shared.web;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeenVersionTests {

	@Test
	void readsTheVersionFromAnEntityTagOrTheField() {
		assertThat(SeenVersion.of("\"3\"", null)).isEqualTo(3);
		assertThat(SeenVersion.of("W/\"3\"", null)).isEqualTo(3);
		assertThat(SeenVersion.of(" 3 ", 3)).isEqualTo(3);
		assertThat(SeenVersion.of(null, 4)).isEqualTo(4);
		assertThat(SeenVersion.of("", null)).as("none given: the service refuses the change").isNull();
	}

	@Test
	void refusesATagThatIsNoVersionOrContradictsTheField() {
		assertThatThrownBy(() -> SeenVersion.of("*", null)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("If-Match 应为记录的版本号");
		assertThatThrownBy(() -> SeenVersion.of("\"2\"", 3)).isInstanceOf(InvalidInputException.class)
			.hasMessage("If-Match 与 version 给出的版本不一致");
	}
}

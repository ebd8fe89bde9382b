package cn.shuangyong.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class KnownCountiesTest {

	@Test
	void holdsYunnansCountyLevelCodesFromTheDirectoryFile() {
		KnownCounties yunnan = KnownCounties.yunnan();

		assertThat(yunnan.size()).isEqualTo(129);
		assertThat(yunnan.warnings("530102")).isEmpty(); // 五华区
		assertThat(yunnan.warnings("533401")).isEmpty(); // 香格里拉市
	}

	@Test
	void warnsOnlyInsideItsOwnProvince() {
		KnownCounties counties = new KnownCounties("53", "云南省", Set.of("530102"));

		assertThat(counties.warnings("530103")).hasSize(1);
		assertThat(counties.warnings("530000")).hasSize(1);
		assertThat(counties.warnings("520102")).isEmpty();
	}
}

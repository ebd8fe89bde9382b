package cn.shuangyong.placement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SoldierNameTest {

	@Test
	void masksAllButTheFirstAndLastCharacterAsNoticesDo() {
		assertThat(new SoldierName("张建明").masked()).isEqualTo("张*明");
		assertThat(new SoldierName("李强").masked()).isEqualTo("李*");
		assertThat(new SoldierName("欧阳志远").masked()).isEqualTo("欧**远");
		assertThat(new SoldierName("张建明").toString()).doesNotContain("建");
	}
}

package cn.shuangyong.stations;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupplyStationTest {

	final SupplyStation station = new SupplyStation(1, "楚雄州军供站", "5323", 600, 200, 12, "", 0);

	@Test
	void takesATaskUpToTheDaysCapacityAndRefusesOneMealOrBedMore() {
		assertThatCode(() -> station.refuseOverCapacity(400, 150, 200, 50)).doesNotThrowAnyException();
		assertThatThrownBy(() -> station.refuseOverCapacity(400, 0, 201, 0)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("供餐能力已满").hasMessageContaining("本次申请 201 份");
		assertThatThrownBy(() -> station.refuseOverCapacity(0, 150, 0, 51)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("床位已满");
	}
}
